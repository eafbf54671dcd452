import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { RELATIONS, type Grant } from '../../../services/contract'
import { schemasOf } from '../../../services/contract/lazy-schemas'
import { ChoiceGroup } from '../../../components/choice-group'
import { Field } from '../../../components/field'
import { GovButton } from '../../../components/gov-button'
import { Notice } from '../../../components/notice'
import { useDraft } from '../../../hooks/use-draft'
import { randomId } from '../../../platform/random'
import { isApiError, loadContract } from '../../../services/http'
import { formErrors } from '../../../utils/form-errors'
import { createGrant } from '../api'
import {
  EMPTY_GRANT,
  asGrantStep,
  chosenItems,
  dayChoices,
  grantRequest,
  itemsText,
  nextStep,
  type GrantDraft,
  type GrantStep,
} from '../model'
import { GrantSummary } from './grant-summary'
import { ItemChooser } from './item-chooser'
import { StepFrame } from './step-frame'
import './family.scss'

const loadGrantRequest = () => schemasOf.family().then((m) => m.GrantRequest)

const KINDS = [
  { value: 'relative', label: '家里人', description: '子女、孙辈等亲属，用他们自己的微信帮您办' },
  {
    value: 'helper',
    label: '政务服务中心的帮办员',
    description: '在大厅或电话里帮您办事的工作人员',
  },
] as const

/** Which answers each step needs before 下一步 (checked with the contract, like the server). */
const STEP_FIELDS: Record<GrantStep, readonly string[]> = {
  who: [],
  person: ['granteeName', 'relation'],
  items: ['itemIds'],
  days: ['days'],
  confirm: [],
}

/** 新建授权: who → (which relative) → items → how long → confirm; autosaved at every step. */
export function GrantWizard({ onCreated }: { onCreated: (grant: Grant) => void }) {
  const draft = useDraft<GrantDraft>('family.grant', EMPTY_GRANT)
  const values = draft.values
  const step = asGrantStep(values.step)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [failure, setFailure] = useState<string | null>(null)
  const [sending, setSending] = useState(false)
  const [now] = useState(() => new Date())

  const set = (patch: Partial<GrantDraft>) => {
    setErrors({})
    // A changed answer is a new submission: an old key would replay the old answer.
    for (const [name, value] of Object.entries({ ...patch, key: '' })) {
      draft.setField(name as keyof GrantDraft, value ?? '')
    }
  }
  const go = (to: GrantStep) => {
    setErrors({})
    setFailure(null)
    draft.setField('step', to)
  }
  const forward = async () => {
    if (step === 'who' && values.kind === '') {
      setErrors({ granteeKind: '请选择请谁帮您办' })
      return
    }
    let schema: Awaited<ReturnType<typeof loadGrantRequest>>
    try {
      schema = await loadContract(loadGrantRequest)
    } catch (error) {
      setFailure(isApiError(error) ? error.message : '提交失败，请稍后重试')
      return
    }
    setFailure(null)
    const found = Object.fromEntries(
      Object.entries(formErrors(schema, grantRequest(values))).filter(([field]) =>
        STEP_FIELDS[step].includes(field),
      ),
    )
    setErrors(found)
    if (Object.keys(found).length === 0) go(nextStep(step, values.kind))
  }
  const submit = async () => {
    const key = values.key || randomId()
    draft.setField('key', key)
    setSending(true)
    setFailure(null)
    try {
      const grant = await createGrant(grantRequest(values), key)
      draft.clear()
      onCreated(grant)
    } catch (error) {
      setFailure(isApiError(error) ? error.message : '提交失败，请稍后重试')
    } finally {
      setSending(false)
    }
  }
  const error = (field: string) =>
    errors[field] === undefined ? null : <Notice tone='danger'>{errors[field]}</Notice>

  return (
    <View>
      {draft.resumedAt && (
        <Notice
          action={
            <GovButton variant='secondary' onClick={draft.clear}>
              从头重新填写
            </GovButton>
          }
        >
          已恢复您上次没有完成的授权，可以接着填。
        </Notice>
      )}
      <StepFrame step={step} kind={values.kind} onBack={go}>
        {step === 'who' && (
          <View>
            <ChoiceGroup
              label='请谁帮您办'
              choices={KINDS}
              value={values.kind}
              onChange={(kind) => set({ kind })}
            />
            {error('granteeKind')}
          </View>
        )}
        {step === 'person' && (
          <View>
            <Field
              name='granteeName'
              label='家人的姓名'
              value={values.name}
              placeholder='如：李明'
              maxlength={20}
              error={errors.granteeName}
              onInput={(name) => set({ name })}
            />
            <Text className='gov-line'>他（她）是您的：</Text>
            <ChoiceGroup
              label='与您的关系'
              choices={RELATIONS.map((r) => ({ value: r, label: r }))}
              value={values.relation}
              onChange={(relation) => set({ relation })}
            />
            {error('relation')}
          </View>
        )}
        {step === 'items' && (
          <View>
            <ItemChooser
              chosen={chosenItems(values)}
              onChange={(items) => set({ items: itemsText(items) })}
            />
            {error('itemIds')}
          </View>
        )}
        {step === 'days' && (
          <View>
            <ChoiceGroup
              label='授权时长'
              choices={dayChoices(now)}
              value={values.days}
              onChange={(days) => set({ days })}
            />
            <Text className='gov-text-secondary'>到期后自动失效，您也可以随时撤销。</Text>
            {error('days')}
          </View>
        )}
        {step === 'confirm' && (
          <View>
            <GrantSummary draft={values} now={now} />
          </View>
        )}
        {failure !== null && <Notice tone='danger'>{failure}</Notice>}
        <View className='family-actions'>
          {step === 'confirm' ? (
            <GovButton loading={sending} onClick={() => void submit()}>
              确认授权，出示授权码
            </GovButton>
          ) : (
            <GovButton onClick={forward}>下一步</GovButton>
          )}
        </View>
      </StepFrame>
    </View>
  )
}
