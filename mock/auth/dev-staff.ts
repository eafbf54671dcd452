import { randomUUID } from 'node:crypto'
import type { Repos } from '../db/repos'
import { devOpenid } from './code2session'

/**
 * Window staff of the development sign-in: signing in with `dev:<handle>` (on H5, a device id of
 * `<handle>`) acts as them. Only seeded when the server runs without real WeChat sign-in.
 */
export const DEV_STAFF = [
  { handle: 'staff-center-1', nickname: '青山区政务服务中心 综合窗口1' },
  { handle: 'staff-center-2', nickname: '青山区政务服务中心 综合窗口2' },
] as const

/** 帮办员 of the 帮办代办 team: 一键代办 cases are assigned to them (`case_helpers`). */
export const DEV_HELPERS = [
  { handle: 'helper-1', name: '李帮办', desk: '青山区政务服务中心 帮办代办窗口' },
  { handle: 'helper-2', name: '赵帮办', desk: '企业智惠服务专区 企业服务专员' },
] as const
/** The 政务服务中心's public line: helpers are reached through the hall, not a private number. */
const HALL_PHONE = '0472-3360123'

export function seedDevStaff(repos: Repos, now: Date): void {
  for (const staff of DEV_STAFF) {
    repos.users.ensureStaff({
      id: randomUUID(),
      openid: devOpenid(staff.handle),
      nickname: staff.nickname,
      created_at: now.toISOString(),
    })
  }
  for (const helper of DEV_HELPERS) {
    const openid = devOpenid(helper.handle)
    repos.users.ensureStaff({
      id: randomUUID(),
      openid,
      nickname: `${helper.desk} ${helper.name}`,
      created_at: now.toISOString(),
    })
    const user = repos.users.findByOpenid(openid)
    if (!user) throw new Error('helper staff account did not persist')
    const { name, desk } = helper
    repos.cases.upsertHelper({ user_id: user.id, name, desk, phone: HALL_PHONE })
  }
}
