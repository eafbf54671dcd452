import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { CaseDetail, Complaint, ComplaintKind } from '../../../services/contract'
import { schemasOf } from '../../../services/contract/lazy-schemas'
import { AsyncView } from '../../../components/async-view'
import { ChoiceGroup } from '../../../components/choice-group'
import { Field } from '../../../components/field'
import { TextBox } from '../../../components/field/text-box'
import { GovButton } from '../../../components/gov-button'
import { Notice } from '../../../components/notice'
import { useDraft } from '../../../hooks/use-draft'
import { useFresh } from '../../../hooks/use-fresh'
import { isApiError, loadContract } from '../../../services/http'
import { useContractSchema } from '../../../hooks/use-contract-schema'
import { randomId } from '../../../platform/random'
import { formatDay } from '../../../services/contract'
import { formErrors } from '../../../utils/form-errors'
import { fileComplaint, getCase, myComplaints } from '../api'
import { ComplaintItems, KIND_TEXT } from './complaint-items'
import './cases.scss'

const loadComplaintRequest = () => schemasOf.complaints().then((m) => m.ComplaintRequest)
type ComplaintSchema = Awaited<ReturnType<typeof loadComplaintRequest>>

const KINDS = [
  { value: 'complaint', label: '投诉', description: '办事不顺、超时、服务态度等问题' },
  { value: 'suggestion', label: '建议', description: '希望我们改进的地方' },
] as const

/**
 * A content error shown after a send stays while the text is still too short and goes as soon as
 * it is long enough, judged by the same contract the server uses.
 */
function recheckContent(
  schema: ComplaintSchema | null,
  errors: Record<string, string>,
  content: string,
): Record<string, string> {
  if (errors.content === undefined || schema === null) return errors
  const { content: _old, ...rest } = errors
  const still = formErrors(schema, { kind: 'complaint', content }).content
  return still === undefined ? rest : { ...rest, content: still }
}

function ComplaintForm({
  about,
  onFiled,
}: {
  about: CaseDetail | null
  onFiled: (c: Complaint) => void
}) {
  const overdue = about?.clock.overdue === true
  const draft = useDraft(`complaint.${about?.id ?? 'general'}`, {
    kind: 'complaint',
    content:
      overdue && about
        ? `办件${about.number}（${about.title}）已超出承诺时限，仍未办结，请尽快处理。`
        : '',
    phone: '',
    key: '',
  })
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [error, setError] = useState<string | null>(null)
  const [sending, setSending] = useState(false)
  const schema = useContractSchema(loadComplaintRequest)
  const kind: ComplaintKind = draft.values.kind === 'suggestion' ? 'suggestion' : 'complaint'

  const send = async () => {
    const phone = draft.values.phone.trim()
    const request = {
      kind,
      content: draft.values.content,
      ...(about && { caseId: about.id }),
      ...(phone && { phone }),
    }
    let checked = schema
    try {
      checked ??= await loadContract(loadComplaintRequest)
    } catch (failure) {
      setError(isApiError(failure) ? failure.message : '没有提交成功，请稍后重试')
      return
    }
    const found = formErrors(checked, request)
    setErrors(found)
    if (Object.keys(found).length > 0) return
    const key = draft.values.key || randomId()
    draft.setField('key', key)
    setSending(true)
    setError(null)
    try {
      const filed = await fileComplaint(request, key)
      draft.clear()
      setErrors({})
      onFiled(filed)
    } catch (failure) {
      setErrors(isApiError(failure) ? (failure.fields ?? {}) : {})
      setError(isApiError(failure) ? failure.message : '没有提交成功，请稍后重试')
    } finally {
      setSending(false)
    }
  }

  return (
    <View className='gov-card gov-section' aria-label='投诉建议'>
      {about && (
        <Text className='gov-line'>
          关于办件：{about.number}（{about.title}）
        </Text>
      )}
      <ChoiceGroup
        label='类型'
        choices={KINDS}
        value={kind}
        onChange={(v) => draft.setField('kind', v)}
      />
      <TextBox
        label={kind === 'complaint' ? '投诉内容' : '建议内容'}
        value={draft.values.content}
        maxlength={500}
        placeholder='发生了什么、希望怎样解决（至少10个字）'
        error={errors.content}
        onInput={(v) => {
          draft.setField('content', v)
          setErrors((prev) => recheckContent(schema, prev, v))
        }}
      />
      <Field
        name='phone'
        label='联系电话（选填）'
        type='number'
        value={draft.values.phone}
        maxlength={13}
        hint='留下电话，答复时会与您联系'
        error={errors.phone}
        onInput={(v) => {
          draft.setField('phone', v)
          setErrors(({ phone: _dropped, ...rest }) => rest)
        }}
      />
      {error && <Notice tone='danger'>{error}</Notice>}
      <GovButton block loading={sending} onClick={() => void send()}>
        提交{KIND_TEXT[kind]}
      </GovButton>
    </View>
  )
}

async function load(caseId: string | undefined) {
  const [about, list] = await Promise.all([caseId ? getCase(caseId) : null, myComplaints()])
  return { about, list }
}

/**
 * 投诉建议: one about a case arrives filled in (and worded for an overdue one); answered in 5
 * working days. Opened on one complaint (`openId`, from its answer's message), it shows that one
 * first and no form.
 */
export function ComplaintScreen({
  caseId,
  openId,
}: {
  caseId: string | undefined
  openId?: string
}) {
  const { state, reload } = useFresh(() => load(caseId), [caseId])
  const [filed, setFiled] = useState<Complaint | null>(null)
  return (
    <AsyncView state={state} onRetry={reload}>
      {({ about, list }) => (
        <View>
          {openId ? null : filed ? (
            <Notice tone='success'>
              已收到您的{KIND_TEXT[filed.kind]}，受理编号 {filed.number}，最迟
              {formatDay(filed.replyDue)}答复。
            </Notice>
          ) : (
            <ComplaintForm
              about={about}
              onFiled={(c) => {
                setFiled(c)
                reload()
              }}
            />
          )}
          <ComplaintItems items={list} first={openId} />
        </View>
      )}
    </AsyncView>
  )
}
