import * as z from 'zod/mini'
import { clean } from '../zod'
import { isScopedRoleKind, STAFF_ROLE_KINDS } from '../rules/staff-role'

export const StaffRoleKind = z.enum(STAFF_ROLE_KINDS, '请选择角色')
export type StaffRoleKind = z.infer<typeof StaffRoleKind>

/** A role the signed-in user holds, with the place it is for (`null` for unscoped kinds). */
export const StaffRole = z.object({
  kind: StaffRoleKind,
  scopeId: z.nullable(z.string()),
  /** The service point, bank or lab by name. */
  scopeName: z.nullable(z.string()),
})
export type StaffRole = z.infer<typeof StaffRole>

const Person = z.object({ id: z.string(), nickname: z.string() })

export const RoleGrant = z.object({
  id: z.string(),
  user: Person,
  kind: StaffRoleKind,
  scopeId: z.nullable(z.string()),
  scopeName: z.nullable(z.string()),
  /** `null`: granted by the seed (the district's initial staff list). */
  grantedBy: z.nullable(Person),
  grantedAt: z.string(),
  revokedBy: z.nullable(Person),
  revokedAt: z.nullable(z.string()),
})
export type RoleGrant = z.infer<typeof RoleGrant>

export const RoleGrantList = z.object({ items: z.array(RoleGrant) })
export type RoleGrantList = z.infer<typeof RoleGrantList>

const Id = (message: string) =>
  z.string().check(clean(), z.minLength(1, message), z.maxLength(64, message))

export const RoleListQuery = z.object({
  userId: z.optional(Id('用户编号不正确')),
  /** Live grants only, unless `all`. */
  status: z.optional(z.enum(['live', 'all'])),
})

/** Granted by user id: the id is shown on the staff member's 我的 page. */
export const RoleGrantRequest = z
  .object({
    userId: Id('请填写用户编号（对方“我的”页面上的用户编号）'),
    kind: StaffRoleKind,
    scopeId: z.optional(Id('网点、银行或检测机构编号不正确')),
    /** A lawyer without a profile yet: created with the grant, shown to residents. */
    lawyer: z.optional(
      z.object({
        name: z
          .string()
          .check(
            clean(),
            z.minLength(1, '请填写律师姓名'),
            z.maxLength(20, '律师姓名不超过20个字'),
          ),
        firm: z
          .string()
          .check(
            clean(),
            z.minLength(1, '请填写执业机构'),
            z.maxLength(60, '执业机构不超过60个字'),
          ),
      }),
    ),
  })
  .check(
    z.superRefine((value, ctx) => {
      const scoped = isScopedRoleKind(value.kind)
      if (scoped === (value.scopeId !== undefined)) return
      ctx.issues.push({
        code: 'custom',
        path: ['scopeId'],
        message: scoped
          ? '该角色只在一个网点、银行或检测机构有效，请填写其编号'
          : '该角色不分网点，请不要填写编号',
        input: value.scopeId,
      })
    }),
  )
export type RoleGrantRequest = z.infer<typeof RoleGrantRequest>

/** A grant as it stood before or after a change. */
export const RoleGrantState = z.object({
  userId: z.string(),
  kind: StaffRoleKind,
  scopeId: z.nullable(z.string()),
  revokedAt: z.nullable(z.string()),
})

export const RoleAuditEntry = z.object({
  id: z.string(),
  at: z.string(),
  action: z.enum(['granted', 'revoked']),
  grantId: z.string(),
  /** `null`: the seed or the migration that introduced role grants. */
  actor: z.nullable(Person),
  before: z.nullable(RoleGrantState),
  after: z.nullable(RoleGrantState),
})
export type RoleAuditEntry = z.infer<typeof RoleAuditEntry>

export const RoleAuditList = z.object({ items: z.array(RoleAuditEntry) })
export type RoleAuditList = z.infer<typeof RoleAuditList>

export const RoleAuditQuery = z.object({ userId: z.optional(Id('用户编号不正确')) })
