import type { EndpointDef } from './define'
import { IdParams } from '../schemas/common'
import {
  ConsoleAuditPage,
  ConsoleAuditQuery,
  ConsoleMe,
  ConsoleSession,
  ConsoleSessionList,
  ConsoleDevSignIn,
  ConsoleSignInCode,
  ConsoleSignInOptions,
  ConsoleSignInDecision,
  ConsoleSignInPoll,
  ConsoleSignInPreview,
  ConsoleSignInRequest,
  ConsoleSignInStatus,
  Invite,
  InviteClaim,
  InviteClaimed,
  InviteList,
  InviteRequest,
  RoleScopes,
  SignedOut,
  StaffMemberList,
} from '../schemas/admin'
import * as z from 'zod/mini'

/**
 * The 管理后台. Every `/api/v1/admin/` endpoint with `auth: true` is for administrators only
 * (tests/mock/admin/console-access.test.ts walks them all); the console calls them with its
 * session cookie, the mini program with its bearer token.
 */
export const adminEndpoints = {
  'POST /api/v1/admin/sign-in/requests': {
    summary: '管理后台：生成扫码登录二维码（2分钟内有效，只能用一次）',
    auth: false,
    body: z.object({}),
    response: ConsoleSignInRequest,
  },
  'POST /api/v1/admin/sign-in/requests/:id/poll': {
    summary: '管理后台：查询扫码登录结果（确认后设置登录 Cookie）',
    auth: false,
    params: IdParams,
    body: ConsoleSignInPoll,
    response: ConsoleSignInStatus,
  },
  'GET /api/v1/admin/sign-in/options': {
    summary: '管理后台：可用的登录方式（开发环境另有开发登录）',
    auth: false,
    response: ConsoleSignInOptions,
  },
  'POST /api/v1/admin/sign-in/dev': {
    summary: '管理后台：开发登录（仅在未接入微信登录的开发环境可用）',
    auth: false,
    body: ConsoleDevSignIn,
    response: ConsoleSignInStatus,
  },
  'POST /api/v1/admin/sign-in/scan': {
    summary: '管理员（小程序）：扫码后查看是哪台电脑请求登录',
    auth: true,
    body: ConsoleSignInCode,
    response: ConsoleSignInPreview,
  },
  'POST /api/v1/admin/sign-in/confirm': {
    summary: '管理员（小程序）：确认登录管理后台',
    auth: true,
    body: ConsoleSignInCode,
    response: ConsoleSignInDecision,
  },
  'POST /api/v1/admin/sign-in/refuse': {
    summary: '管理员（小程序）：拒绝登录管理后台',
    auth: true,
    body: ConsoleSignInCode,
    response: ConsoleSignInDecision,
  },
  'GET /api/v1/admin/me': {
    summary: '管理后台：当前管理员与会话',
    auth: true,
    response: ConsoleMe,
  },
  'POST /api/v1/admin/sign-out': {
    summary: '管理后台：退出登录（结束本会话）',
    auth: true,
    body: z.object({}),
    response: SignedOut,
  },
  'GET /api/v1/admin/sessions': {
    summary: '管理后台：有效的后台登录会话',
    auth: true,
    response: ConsoleSessionList,
  },
  'POST /api/v1/admin/sessions/:id/revoke': {
    summary: '管理后台：强制下线一个后台会话',
    auth: true,
    params: IdParams,
    response: ConsoleSession,
  },
  'GET /api/v1/admin/audit': {
    summary: '管理后台：审计日志（谁、何时、改了什么，改前改后）',
    auth: true,
    query: ConsoleAuditQuery,
    response: ConsoleAuditPage,
  },
  'GET /api/v1/admin/staff': {
    summary: '管理后台：工作人员名单（已认领邀请的人与持有角色的人）',
    auth: true,
    response: StaffMemberList,
  },
  'GET /api/v1/admin/role-scopes': {
    summary: '管理后台：可授予角色的网点、银行与检测机构',
    auth: true,
    response: RoleScopes,
  },
  'GET /api/v1/admin/invites': {
    summary: '管理后台：工作人员邀请码',
    auth: true,
    response: InviteList,
  },
  'POST /api/v1/admin/invites': {
    summary: '管理后台：生成一次性邀请码（8位数字与二维码，72小时内有效）',
    auth: true,
    creates: true,
    body: InviteRequest,
    response: Invite,
  },
  'POST /api/v1/admin/invites/:id/revoke': {
    summary: '管理后台：作废未认领的邀请码',
    auth: true,
    params: IdParams,
    response: Invite,
  },
  'POST /api/v1/staff/invites/claim': {
    summary: '认领工作人员邀请码（8位数字或扫码）',
    auth: true,
    body: InviteClaim,
    response: InviteClaimed,
  },
} as const satisfies Record<string, EndpointDef>
