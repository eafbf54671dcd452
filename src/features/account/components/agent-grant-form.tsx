import { useRef } from 'react'
import { ChoiceField } from '../../../components/choice-group/choice-field'
import { Field } from '../../../components/field'
import type { AgentGrant } from '../../../services/contract'
import { useDraftForm } from '../../../hooks/use-draft-form'
import { randomId } from '../../../platform/random'
import { grantAgent } from '../api'
import { AGENT_DAY_CHOICES, AGENT_SCOPE_CHOICES, scopesOfChoice } from '../model'
import { DraftFormCard } from './draft-form-card'

const loadGrantDraft = () =>
  import(/* webpackChunkName: "packages/contract/index" */ '../agent-grant-draft').then(
    (m) => m.GrantDraft,
  )

/** The 法定代表人 names the 经办人 (name and 身份证号), what they may do and for how long. */
export function AgentGrantForm({
  enterpriseId,
  onGranted,
}: {
  enterpriseId: string
  onGranted: (grant: AgentGrant) => void
}) {
  const requestKey = useRef(randomId())
  const form = useDraftForm(
    `agent-grant.${enterpriseId}`,
    { agentName: '', agentIdNumber: '', scope: '', days: '' },
    loadGrantDraft,
    async (draft) => {
      const grant = await grantAgent(
        enterpriseId,
        {
          agentName: draft.agentName,
          agentIdNumber: draft.agentIdNumber,
          scopes: scopesOfChoice(draft.scope),
          days: Number(draft.days) as 7 | 30 | 90 | 365,
        },
        requestKey.current,
      )
      requestKey.current = randomId()
      onGranted(grant)
    },
  )
  return (
    <DraftFormCard
      title='新增经办人授权'
      form={form}
      successText='已生成授权码，请把下方的8位授权码告诉经办人'
      submitText='生成授权码'
    >
      <Field
        name='agentName'
        label='经办人姓名'
        value={form.values.agentName}
        maxlength={30}
        error={form.errors.agentName}
        onInput={(v) => form.setField('agentName', v)}
      />
      <Field
        name='agentIdNumber'
        label='经办人身份证号'
        type='idcard'
        value={form.values.agentIdNumber}
        maxlength={18}
        hint='经办人需先完成实名核验，且与这里填写的一致，才能使用授权码'
        error={form.errors.agentIdNumber}
        onInput={(v) => form.setField('agentIdNumber', v)}
      />
      <ChoiceField
        label='授权办理的事项'
        choices={AGENT_SCOPE_CHOICES}
        value={form.values.scope}
        error={form.errors.scope}
        onChange={(v) => form.setField('scope', v)}
      />
      <ChoiceField
        label='授权期限'
        choices={AGENT_DAY_CHOICES}
        value={form.values.days}
        error={form.errors.days}
        onChange={(v) => form.setField('days', v)}
      />
    </DraftFormCard>
  )
}
