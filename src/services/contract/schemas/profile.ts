import * as z from 'zod/mini'
import { clean, ruleCheck, text } from '../zod'
import { checkIdNumber } from '../rules/id-number'
import { checkUscc } from '../rules/uscc'

export const IdentityKind = z.enum(['personal', 'enterprise'])
export type IdentityKind = z.infer<typeof IdentityKind>

export const Enterprise = z.object({
  id: z.string(),
  name: z.string(),
  /** Masked on the wire: the full code never leaves the server after binding. */
  usccMasked: z.string(),
})
export type Enterprise = z.infer<typeof Enterprise>

export const Role = z.enum(['resident', 'staff'])

export const Profile = z.object({
  id: z.string(),
  nickname: z.string(),
  role: Role,
  realName: z.nullable(z.object({ nameMasked: z.string(), idNumberMasked: z.string() })),
  enterprises: z.array(Enterprise),
  /** `null` means acting as 个人. */
  activeEnterpriseId: z.nullable(z.string()),
  /** Masked name and phone a booking uses when the booker does not type new ones. */
  contact: z.object({ nameMasked: z.nullable(z.string()), phoneMasked: z.nullable(z.string()) }),
})
export type Profile = z.infer<typeof Profile>

export const RealNameRequest = z.object({
  name: z
    .string()
    .check(
      clean(),
      z.minLength(2, '请填写证件上的姓名（至少2个字）'),
      z.maxLength(30, '姓名不能超过30个字'),
      z.regex(/^[\u4e00-\u9fa5·]+$/, '姓名请用汉字填写，少数民族姓名中间可用“·”'),
    ),
  idNumber: z.string().check(
    clean(),
    z.toUpperCase(),
    ruleCheck((v) => checkIdNumber(v)),
  ),
})
export type RealNameRequest = z.infer<typeof RealNameRequest>

export const EnterpriseRequest = z.object({
  name: text('企业名称', 60),
  uscc: z.string().check(clean(), z.toUpperCase(), ruleCheck(checkUscc)),
})
export type EnterpriseRequest = z.infer<typeof EnterpriseRequest>

export const ActiveIdentityRequest = z.object({
  enterpriseId: z.nullable(z.string().check(z.minLength(1), z.maxLength(64))),
})
export type ActiveIdentityRequest = z.infer<typeof ActiveIdentityRequest>
