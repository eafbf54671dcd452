import * as z from 'zod/mini'
import { clean } from '../zod'
import { GRANT_DAYS, GRANT_MAX_ITEMS, RELATIONS } from '../rules/proxy-grant'

const ItemRef = z.object({ id: z.string(), name: z.string() })

export const GranteeKind = z.enum(['relative', 'helper'])
export type GranteeKind = z.infer<typeof GranteeKind>

export const GrantRequest = z
  .object({
    granteeKind: GranteeKind,
    /** The relative's name as the grantor knows it; empty for a 帮办员 (named when claimed). */
    granteeName: z.optional(
      z
        .string()
        .check(
          clean(),
          z.maxLength(20, '家人姓名不能超过20个字'),
          z.regex(/^[\u4e00-\u9fa5·A-Za-z ]*$/, '家人姓名只能是汉字或字母'),
        ),
    ),
    relation: z.optional(z.enum(RELATIONS, '请选择与您的关系')),
    itemIds: z
      .array(
        z
          .string()
          .check(clean(), z.minLength(1, '事项编号不正确'), z.maxLength(64, '事项编号不正确')),
      )
      .check(
        z.minLength(1, '请至少选择一个可以代办的事项'),
        z.maxLength(GRANT_MAX_ITEMS, `最多选择${GRANT_MAX_ITEMS}个事项`),
      ),
    days: z.literal(GRANT_DAYS, '请选择授权时长：1天、7天或30天'),
  })
  .check(
    z.superRefine((value, ctx) => {
      if (value.granteeKind !== 'relative') return
      if ((value.granteeName ?? '').length < 2) {
        ctx.issues.push({
          code: 'custom',
          path: ['granteeName'],
          message: '请填写家人的姓名（至少2个字）',
          input: value.granteeName,
        })
      }
      if (value.relation === undefined) {
        ctx.issues.push({
          code: 'custom',
          path: ['relation'],
          message: '请选择家人与您的关系',
          input: value.relation,
        })
      }
    }),
  )
export type GrantRequest = z.infer<typeof GrantRequest>

const Status = z.enum(['pending', 'active', 'revoked', 'expired'])

/** The code the grantor shows: a QR of the signed link and digits to read over the phone. */
export const GrantCode = z.object({
  digits: z.string(),
  link: z.string(),
  expiresAt: z.string(),
  expired: z.boolean(),
})
export type GrantCode = z.infer<typeof GrantCode>

/** An authorisation as its grantor sees it. */
export const Grant = z.object({
  id: z.string(),
  granteeKind: GranteeKind,
  /** As the grantor typed it; a 帮办员's name once claimed, else ''. */
  granteeName: z.string(),
  relation: z.string(),
  items: z.array(ItemRef),
  days: z.number(),
  validUntil: z.string(),
  status: Status,
  createdAt: z.string(),
  claimedAt: z.nullable(z.string()),
  revokedAt: z.nullable(z.string()),
  /** Only while nobody has claimed it. */
  code: z.nullable(GrantCode),
})
export type Grant = z.infer<typeof Grant>
export const GrantList = z.object({ items: z.array(Grant) })
export type GrantList = z.infer<typeof GrantList>

export const ClaimRequest = z.object({
  code: z
    .string()
    .check(clean(), z.minLength(1, '请输入家人告诉您的授权码'), z.maxLength(300, '授权码不正确')),
})
export type ClaimRequest = z.infer<typeof ClaimRequest>

/** An authorisation as its grantee sees it: whose, which items, until when. */
export const ActingGrant = z.object({
  id: z.string(),
  /** Masked: 张*芳. */
  grantorName: z.string(),
  relation: z.string(),
  items: z.array(ItemRef),
  validUntil: z.string(),
  status: Status,
})
export type ActingGrant = z.infer<typeof ActingGrant>
export const ActingGrantList = z.object({ items: z.array(ActingGrant) })
export type ActingGrantList = z.infer<typeof ActingGrantList>

export const AuditAction = z.enum(['granted', 'claimed', 'booked', 'applied', 'revoked'])
export type AuditAction = z.infer<typeof AuditAction>

export const AuditQuery = z.object({ as: z.optional(z.enum(['grantor', 'grantee'])) })

export const AuditEntry = z.object({
  id: z.string(),
  at: z.string(),
  grantId: z.string(),
  action: AuditAction,
  /** Who acted: the grantor ('您' from their side) or the masked grantee. */
  byGrantor: z.boolean(),
  granteeName: z.string(),
  grantorName: z.string(),
  itemName: z.nullable(z.string()),
  /** The booking or case created, for booked / applied. */
  targetId: z.nullable(z.string()),
})
export type AuditEntry = z.infer<typeof AuditEntry>
export const AuditList = z.object({ items: z.array(AuditEntry) })
export type AuditList = z.infer<typeof AuditList>

/** Added to a booking or case request to act for the grantor of this grant. */
export const ActingFor = z.optional(
  z.string().check(clean(), z.minLength(1, '授权编号不正确'), z.maxLength(64, '授权编号不正确')),
)
