import * as z from 'zod/mini'
import { clean } from '../zod'
import { StaffRoleKind } from './staff'

const Person = z.object({ id: z.string(), nickname: z.string() })

/** What the console shows as a QR code; `pollToken` stays in the browser that asked. */
export const ConsoleSignInRequest = z.object({
  id: z.string(),
  pollToken: z.string(),
  /** The signed text inside the code (also printed under it for typing). */
  payload: z.string(),
  /** The official link the QR code carries. */
  link: z.string(),
  /** The QR code as SVG markup. */
  svg: z.string(),
  expiresAt: z.string(),
})
export type ConsoleSignInRequest = z.infer<typeof ConsoleSignInRequest>

export const ConsoleSignInPoll = z.object({
  pollToken: z.string().check(z.minLength(16, '登录请求已失效，请刷新页面'), z.maxLength(128)),
})

/** `signed_in`: this answer set the console's session cookie. */
export const ConsoleSignInStatus = z.object({
  status: z.enum(['pending', 'scanned', 'signed_in', 'refused', 'expired']),
  user: z.nullable(Person),
})
export type ConsoleSignInStatus = z.infer<typeof ConsoleSignInStatus>

export const ConsoleSignInOptions = z.object({ devSignIn: z.boolean() })

/** The dev account's handle, as `dev:<handle>` signs in the app. */
export const ConsoleDevSignIn = z.object({
  handle: z
    .string()
    .check(clean(), z.regex(/^[a-z0-9-]{1,40}$/, '开发账号名只含小写字母、数字和连字符')),
})

const ScannedCode = z
  .string()
  .check(
    clean(),
    z.minLength(1, '请扫描管理后台的登录二维码'),
    z.maxLength(512, '不是管理后台的登录二维码'),
  )

export const ConsoleSignInCode = z.object({ code: ScannedCode })

/** What the administrator sees on the phone before confirming. */
export const ConsoleSignInPreview = z.object({
  id: z.string(),
  /** “Chrome · Linux”. */
  browser: z.string(),
  /** The asking browser's address with its middle hidden. */
  ip: z.string(),
  requestedAt: z.string(),
  expiresAt: z.string(),
})
export type ConsoleSignInPreview = z.infer<typeof ConsoleSignInPreview>

export const ConsoleSignInDecision = z.object({ status: z.enum(['confirmed', 'refused']) })

export const ConsoleSession = z.object({
  id: z.string(),
  user: Person,
  browser: z.string(),
  ip: z.string(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  expiresAt: z.string(),
  /** The session this request came with. */
  current: z.boolean(),
})
export type ConsoleSession = z.infer<typeof ConsoleSession>
export const ConsoleSessionList = z.object({ items: z.array(ConsoleSession) })

export const ConsoleMe = z.object({
  user: Person,
  /** null when the request came from the mini program, not a console session. */
  session: z.nullable(ConsoleSession),
})
export type ConsoleMe = z.infer<typeof ConsoleMe>

export const SignedOut = z.object({ signedOut: z.literal(true) })

export const AUDIT_AREAS = [
  'role',
  'console',
  'invite',
  'point',
  'calendar',
  'qr',
  'lab',
  'lawyer',
  'live',
  'video',
  'catalog',
  'supervision',
  'policy',
  'loan_product',
] as const
export const AuditArea = z.enum(AUDIT_AREAS)
export type AuditArea = z.infer<typeof AuditArea>

const Page = (max: number) =>
  z.optional(
    z.coerce
      .number()
      .check(z.int('页码不正确'), z.minimum(1, '页码不正确'), z.maximum(max, '页码不正确')),
  )

export const ConsoleAuditQuery = z.object({
  area: z.optional(AuditArea),
  actorId: z.optional(z.string().check(clean(), z.maxLength(64, '用户编号不正确'))),
  /** Inclusive day range, `YYYY-MM-DD` (Beijing time). */
  from: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, '开始日期格式应为 YYYY-MM-DD'))),
  to: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, '结束日期格式应为 YYYY-MM-DD'))),
  page: Page(10_000),
  pageSize: Page(100),
})
export type ConsoleAuditQuery = z.infer<typeof ConsoleAuditQuery>

export const ConsoleAuditEntry = z.object({
  id: z.string(),
  at: z.string(),
  /** `role.granted`, `console.sign_in`, `invite.claimed` … */
  action: z.string(),
  area: AuditArea,
  summary: z.string(),
  /** `null`: the seed or a migration. */
  actor: z.nullable(Person),
  target: z.object({ kind: z.string(), id: z.string() }),
  before: z.nullable(z.record(z.string(), z.unknown())),
  after: z.nullable(z.record(z.string(), z.unknown())),
})
export type ConsoleAuditEntry = z.infer<typeof ConsoleAuditEntry>

export const ConsoleAuditPage = z.object({
  items: z.array(ConsoleAuditEntry),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
})
export type ConsoleAuditPage = z.infer<typeof ConsoleAuditPage>

export const InviteRequest = z.object({
  name: z
    .string()
    .check(
      clean(),
      z.minLength(1, '请填写受邀人的姓名或称呼'),
      z.maxLength(40, '姓名或称呼不超过40个字'),
    ),
  note: z.optional(z.string().check(clean(), z.maxLength(100, '备注不超过100个字'))),
})
export type InviteRequest = z.infer<typeof InviteRequest>

export const Invite = z.object({
  id: z.string(),
  name: z.string(),
  note: z.string(),
  status: z.enum(['pending', 'claimed', 'expired', 'revoked']),
  /** The 8 digits, only while the invite can still be claimed. */
  digits: z.nullable(z.string()),
  link: z.nullable(z.string()),
  svg: z.nullable(z.string()),
  createdBy: z.nullable(Person),
  createdAt: z.string(),
  expiresAt: z.string(),
  claimedBy: z.nullable(Person),
  claimedAt: z.nullable(z.string()),
})
export type Invite = z.infer<typeof Invite>
export const InviteList = z.object({ items: z.array(Invite) })

export const InviteClaim = z.object({
  code: z
    .string()
    .check(
      clean(),
      z.minLength(1, '请输入8位邀请码，或扫描邀请二维码'),
      z.maxLength(512, '邀请码不正确'),
    ),
})

/** What the claimer is told: they are on the district's staff list, roles follow. */
export const InviteClaimed = z.object({
  name: z.string(),
  userId: z.string(),
  invitedBy: z.nullable(Person),
})
export type InviteClaimed = z.infer<typeof InviteClaimed>

/** A person on the staff list: claimed invitees and everyone who holds a role. */
export const StaffMember = z.object({
  user: Person,
  /** The name the invite gave, else the nickname. */
  name: z.string(),
  roles: z.array(
    z.object({
      grantId: z.string(),
      kind: StaffRoleKind,
      scopeId: z.nullable(z.string()),
      scopeName: z.nullable(z.string()),
    }),
  ),
  invitedAt: z.nullable(z.string()),
})
export type StaffMember = z.infer<typeof StaffMember>
export const StaffMemberList = z.object({ items: z.array(StaffMember) })

/** The places a scoped role can be granted at, for the grant form. */
export const RoleScopes = z.object({
  window: z.array(z.object({ id: z.string(), name: z.string() })),
  bank: z.array(z.object({ id: z.string(), name: z.string() })),
  lab: z.array(z.object({ id: z.string(), name: z.string() })),
})
export type RoleScopes = z.infer<typeof RoleScopes>
