import * as z from 'zod/mini'
import { clean, ruleCheck } from '../zod'
import { checkUscc } from '../rules/uscc'
import { AgentScope, EnterpriseName, VerificationMethod } from './identity'
import { StaffRole } from './staff'

export const IdentityKind = z.enum(['personal', 'enterprise'])
export type IdentityKind = z.infer<typeof IdentityKind>

export const Enterprise = z.object({
  id: z.string(),
  name: z.string(),
  /** Masked on the wire: the full code never leaves the server after binding. */
  usccMasked: z.string(),
  /** 法定代表人 per the 市场主体 register, or 经办人 authorised by them. */
  basis: z.enum(['legal_rep', 'agent']),
  /** What a 经办人 may do; every scope for the 法定代表人. */
  scopes: z.array(AgentScope),
  /** A 经办人's authorisation ends then; null for the 法定代表人. */
  validUntil: z.nullable(z.string()),
})
export type Enterprise = z.infer<typeof Enterprise>

export const Profile = z.object({
  id: z.string(),
  nickname: z.string(),
  /** Staff roles held now, each with its place; empty for a resident. */
  roles: z.array(StaffRole),
  /** A proven identity only: nothing is stored before verification succeeds. */
  realName: z.nullable(
    z.object({
      nameMasked: z.string(),
      idNumberMasked: z.string(),
      method: VerificationMethod,
      verifiedAt: z.string(),
    }),
  ),
  /** When another account proved this account's former identity and took it over. */
  realNameMovedAt: z.nullable(z.string()),
  enterprises: z.array(Enterprise),
  /** `null` means acting as 个人. */
  activeEnterpriseId: z.nullable(z.string()),
  /** Masked name and phone a booking uses when the booker does not type new ones. */
  contact: z.object({ nameMasked: z.nullable(z.string()), phoneMasked: z.nullable(z.string()) }),
})
export type Profile = z.infer<typeof Profile>

export const EnterpriseRequest = z.object({
  name: EnterpriseName,
  uscc: z.string().check(clean(), z.toUpperCase(), ruleCheck(checkUscc)),
})
export type EnterpriseRequest = z.infer<typeof EnterpriseRequest>

export const ActiveIdentityRequest = z.object({
  enterpriseId: z.nullable(z.string().check(z.minLength(1), z.maxLength(64))),
})
export type ActiveIdentityRequest = z.infer<typeof ActiveIdentityRequest>
