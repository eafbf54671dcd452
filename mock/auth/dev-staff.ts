import { randomUUID } from 'node:crypto'
import type { Repos } from '../modules/repositories'
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

export async function seedDevStaff(repos: Repos, now: Date): Promise<void> {
  const at = now.toISOString()
  const account = async (handle: string, nickname: string) =>
    (
      await repos.users.ensureNamed({
        id: randomUUID(),
        openid: devOpenid(handle),
        nickname,
        created_at: at,
      })
    ).id
  const staff = await Promise.all(DEV_STAFF.map((s) => account(s.handle, s.nickname)))
  const helpers = await Promise.all(
    DEV_HELPERS.map(({ handle, name, desk }) => account(handle, `${desk} ${name}`)),
  )
  const admin = await account(DEV_ADMIN.handle, DEV_ADMIN.nickname)
  repos.roles.transaction(() => {
    DEV_STAFF.forEach((s, i) => repos.roles.seedGrant(staff[i]!, 'window', s.pointId, at))
    DEV_HELPERS.forEach(({ name, desk }, i) => {
      repos.roles.seedGrant(helpers[i]!, 'helper', null, at)
      repos.cases.upsertHelper({ user_id: helpers[i]!, name, desk, phone: HALL_PHONE })
    })
    repos.roles.seedGrant(admin, 'admin', null, at)
  })
}
