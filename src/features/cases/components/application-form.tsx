import { useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import {
  beijingDate,
  isPastDateField,
  type CaseApplication,
  type CaseDetail,
  type CaseForm,
  type Licence,
  type Prefill,
} from '../../../services/contract'
import { ChoiceField } from '../../../components/choice-group/choice-field'
import { Field } from '../../../components/field'
import { DateField } from '../../../components/field/date-field'
import { GovButton } from '../../../components/gov-button'
import { Notice } from '../../../components/notice'
import {
  firstQuestionWithError,
  QuestionSteps,
  type StepQuestion,
} from '../../../components/question-steps'
import { useElderMode } from '../../../hooks/use-elder-mode'
import { useDraft } from '../../../hooks/use-draft'
import { isApiError } from '../../../services/http'
import { randomId } from '../../../platform/random'
import { formatDayTime } from '../../../services/contract'
import {
  fieldKey,
  initialDraft,
  inspectDraft,
  licencesFor,
  materialKey,
  prefillPatch,
  serverFilledOf,
  type DraftValues,
  readMaterial,
  toApplication,
  writeMaterial,
} from '../model'
import { MaterialCard } from './material-card'
import { ReadinessCard } from './readiness-card'

const KEY = '_key'
/** Which question 长辈模式 shows, so a reload comes back to it. */
const STEP = '_step'
const INPUT_TYPE = { id_number: 'idcard', mobile: 'number', uscc: 'text', text: 'text' } as const
/** A date picker starts here when nothing is chosen yet and the day has no upper bound. */
const EARLIEST_DAY = '1900-01-01'

interface ApplicationFormProps {
  form: CaseForm
  /** Where the draft autosaves; one per item/bundle (or per case being corrected). */
  draftId: string
  /** Reasons to show beside targets, e.g. the 补正 list. */
  reasons?: Record<string, string>
  /** The user's 电子证照, offered for materials (免证办). */
  licences: readonly Licence[]
  /** 实名 and licence values for empty fields; never over what the user typed. */
  prefill?: Prefill
  submitLabel: string
  send: (application: CaseApplication, idempotencyKey: string) => Promise<CaseDetail>
  onSent: (detail: CaseDetail) => void
}

/**
 * The merged form with uploads and 材料体检: autosaved on every change; the Idempotency-Key is
 * saved before sending, so a retry after a timeout or a killed app cannot file the case twice.
 */
export function ApplicationForm(props: ApplicationFormProps) {
  const { form, reasons = {}, licences, prefill } = props
  const elder = useElderMode()
  const draft = useDraft<DraftValues>(props.draftId, {
    ...initialDraft(form),
    [KEY]: '',
    [STEP]: '0',
  })
  useEffect(() => {
    if (!prefill) return
    for (const [key, value] of Object.entries(prefillPatch(form, draft.values, prefill))) {
      draft.setField(key, value)
    }
    // Once, over the values the draft was restored with.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
  const [checked, setChecked] = useState(false)
  const [sending, setSending] = useState(false)
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({})
  const [error, setError] = useState<string | null>(null)
  const inspection = inspectDraft(form, draft.values, licences, new Date(), serverFilledOf(prefill))
  const hintOf = (field: CaseForm['fields'][number]) => {
    const value = draft.values[fieldKey(field.key)] ?? ''
    const source = prefill?.sources[field.key]
    const hints = [
      source && value !== '' && value === prefill?.values[field.key] ? `已从${source}预填` : '',
      prefill?.serverFilled.includes(field.key) && value === prefill.values[field.key]
        ? '为保护隐私只显示部分号码，提交时自动填入完整号码'
        : '',
    ].filter((h) => h !== '')
    return hints.length > 0 ? hints.join('；') : undefined
  }
  const issueOf = (target: string) =>
    checked ? inspection.issues.find((i) => i.target === target) : undefined

  const submit = async () => {
    setChecked(true)
    setError(null)
    if (!inspection.ready) {
      setError('材料体检未通过，请按上方标出的问题逐项处理后再提交')
      const blocked = (target: string) =>
        inspection.issues.some((i) => i.target === target && i.severity === 'block')
      const first = firstQuestionWithError(questions, blocked)
      if (first !== null) draft.setField(STEP, String(first))
      return
    }
    const key = draft.values[KEY] || randomId()
    draft.setField(KEY, key)
    setSending(true)
    try {
      const detail = await props.send(toApplication(form, draft.values), key)
      draft.clear()
      props.onSent(detail)
    } catch (failure) {
      setServerErrors(isApiError(failure) ? (failure.fields ?? {}) : {})
      setError(isApiError(failure) ? failure.message : '提交失败，请稍后重试')
    } finally {
      setSending(false)
    }
  }

  const fieldInput = (field: CaseForm['fields'][number]) => {
    const value = draft.values[fieldKey(field.key)] ?? ''
    const error = issueOf(`field:${field.key}`)?.message ?? serverErrors[`field:${field.key}`]
    const set = (v: string) => draft.setField(fieldKey(field.key), v)
    if (field.rule === 'choice') {
      const choices = (field.choices ?? []).map((c) => ({ value: c, label: c }))
      return (
        <ChoiceField
          label={field.label}
          choices={choices}
          value={value}
          error={error}
          onChange={set}
        />
      )
    }
    if (field.rule === 'date') {
      return (
        <DateField
          label={field.label}
          value={value}
          hint={hintOf(field)}
          error={error}
          start={EARLIEST_DAY}
          end={isPastDateField(field.key) ? beijingDate(new Date()) : undefined}
          onChange={set}
        />
      )
    }
    return (
      <Field
        name={field.key}
        label={field.label}
        type={INPUT_TYPE[field.rule]}
        value={value}
        maxlength={field.rule === 'text' ? 200 : 20}
        hint={hintOf(field)}
        error={error}
        onInput={set}
      />
    )
  }
  const fieldBody = (field: CaseForm['fields'][number]) => {
    const target = `field:${field.key}`
    return (
      <View key={field.key}>
        {reasons[target] && <Text className='case-reason'>补正原因：{reasons[target]}</Text>}
        {fieldInput(field)}
      </View>
    )
  }
  const materialBody = (entry: CaseForm['materials'][number]) => {
    const target = `material:${entry.material.id}`
    return (
      <View key={entry.material.id}>
        {reasons[target] && <Text className='case-reason'>补正原因：{reasons[target]}</Text>}
        <MaterialCard
          entry={entry}
          shared={form.items.length > 1 && entry.forItems.length > 1}
          draft={readMaterial(draft.values, entry.material.id)}
          licences={licencesFor(entry.material.id, licences)}
          issue={issueOf(target)}
          onChange={(next) => draft.setField(materialKey(entry.material.id), writeMaterial(next))}
        />
        {serverErrors[target] && !issueOf(target) && (
          <Text className='case-material__issue case-material__issue--block'>
            ✗ {serverErrors[target]}
          </Text>
        )}
      </View>
    )
  }
  const questions: StepQuestion[] = [
    ...form.fields.map((field) => ({
      key: `field:${field.key}`,
      title: `填写${field.label}`,
      body: fieldBody(field),
    })),
    ...form.materials.map((entry) => ({
      key: `material:${entry.material.id}`,
      title: `上传${entry.material.name}`,
      hint: entry.material.ecertAccepted
        ? '可以拍照、选PDF文件，或者用电子证照'
        : '可以拍照或选PDF文件',
      body: materialBody(entry),
    })),
  ]
  const finish = (
    <View>
      <ReadinessCard inspection={inspection} shown={checked} />
      {error && <Notice tone='danger'>{error}</Notice>}
      <View className='case-form__actions'>
        <GovButton variant='secondary' onClick={() => setChecked(true)}>
          材料体检
        </GovButton>
        <GovButton block loading={sending} onClick={() => void submit()}>
          {props.submitLabel}
        </GovButton>
      </View>
    </View>
  )

  return (
    <View className='case-form'>
      {form.items.length > 1 && (
        <Text className='gov-line'>以下信息只填一次，{form.items.length}个事项共用。</Text>
      )}
      {draft.resumedAt && (
        <Notice>已恢复您 {formatDayTime(draft.resumedAt)} 未提交的填写内容</Notice>
      )}
      {elder ? (
        <QuestionSteps
          questions={questions}
          current={Number(draft.values[STEP] ?? 0)}
          onMove={(index) => draft.setField(STEP, String(index))}
          finish={finish}
        />
      ) : (
        <View>
          {form.fields.length > 0 && (
            <View className='gov-section'>
              <Text className='gov-section__title'>填写信息（共{form.fields.length}项）</Text>
              <View className='gov-card'>{form.fields.map(fieldBody)}</View>
            </View>
          )}
          {form.materials.length > 0 && (
            <View className='gov-section'>
              <Text className='gov-section__title'>上传材料（共{form.materials.length}项）</Text>
              {form.materials.map(materialBody)}
            </View>
          )}
          {finish}
        </View>
      )}
    </View>
  )
}
