import { schemasOf } from '../../../services/contract/lazy-schemas'
import { Field } from '../../../components/field'
import { useDraftForm } from '../../../hooks/use-draft-form'
import { claimAgentCode } from '../api'
import { DraftFormCard } from './draft-form-card'

const loadAgentClaimRequest = () => schemasOf.identity().then((m) => m.AgentClaimRequest)

/** A 经办人 binds the firm with the code its 法定代表人 generated for them. */
export function AgentClaimForm() {
  const form = useDraftForm('agent-claim', { code: '' }, loadAgentClaimRequest, (body) =>
    claimAgentCode(body.code),
  )
  return (
    <DraftFormCard
      title='我是经办人：输入授权码'
      form={form}
      successText='已绑定企业，可在上方切换为该企业身份办理授权的事项'
      submitText='确认授权码'
    >
      <Field
        name='agentCode'
        label='授权码'
        type='number'
        value={form.values.code}
        placeholder='法定代表人给您的8位数字'
        maxlength={8}
        error={form.errors.code}
        onInput={(v) => form.setField('code', v)}
      />
    </DraftFormCard>
  )
}
