import { randomUUID } from 'node:crypto'
import type { Repos } from '../modules/repositories'
import type { StaffRoleKind } from '../../src/services/contract'
import { devOpenid } from './code2session'

/**
 * Window staff of the development sign-in: signing in with `dev:<handle>` (on H5, a device id of
 * `<handle>`) acts as them. Only seeded when the server runs without real WeChat sign-in.
 */
export const DEV_STAFF = [
  { handle: 'staff-center-1', nickname: '青山区政务服务中心 综合窗口1', pointId: 'sp-qs-center' },
  { handle: 'staff-center-2', nickname: '青山区政务服务中心 综合窗口2', pointId: 'sp-qs-center' },
] as const

/** 帮办员 of the 帮办代办 team: 一键代办 cases are assigned to them (`case_helpers`). */
export const DEV_HELPERS = [
  { handle: 'helper-1', name: '李帮办', desk: '青山区政务服务中心 帮办代办窗口' },
  { handle: 'helper-2', name: '赵帮办', desk: '企业智惠服务专区 企业服务专员' },
] as const

/** The district's administrator, who grants and revokes staff roles (and issues 一码通 codes). */
export const DEV_ADMIN = { handle: 'admin-1', nickname: '青山区政务服务管理办公室 系统管理员' }

/** The 政务服务中心's public line: helpers are reached through the hall, not a private number. */
const HALL_PHONE = '0472-3360123'

/** Signs the dev staff in as the seed has them: once per database, whichever instance starts. */
export async function seedDevStaff(repos: Repos, now: Date): Promise<void> {
  const at = now.toISOString()
  const account = async (
    handle: string,
    nickname: string,
    kind: StaffRoleKind,
    scopeId: string | null,
  ) => {
    const user = await repos.users.ensureNamed({
      id: randomUUID(),
      openid: devOpenid(handle),
      nickname,
      created_at: at,
    })
    await repos.roles.seedGrant(user.id, kind, scopeId, at)
    return user.id
  }
  await repos.roles.transaction(async () => {
    for (const staff of DEV_STAFF) {
      await account(staff.handle, staff.nickname, 'window', staff.pointId)
    }
    for (const { handle, name, desk } of DEV_HELPERS) {
      const userId = await account(handle, `${desk} ${name}`, 'helper', null)
      await repos.cases.upsertHelper({ user_id: userId, name, desk, phone: HALL_PHONE })
    }
    await account(DEV_ADMIN.handle, DEV_ADMIN.nickname, 'admin', null)
  })
}
