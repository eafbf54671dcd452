import * as z from 'zod/mini'
import { IdNumber, PersonName } from '../../services/contract/schemas/identity'

/**
 * The 授权经办人 form as typed (strings), checked before it becomes an AgentGrantRequest. Loaded
 * with the contract's schemas (agent-grant-form.tsx), not with the page.
 */
export const GrantDraft = z.object({
  agentName: PersonName,
  agentIdNumber: IdNumber,
  scope: z.enum(['policy', 'finance', 'both'], '请选择授权经办人办理的事项'),
  days: z.enum(['7', '30', '90', '365'], '请选择授权期限'),
})
