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

export function seedDevStaff(repos: Repos, now: Date): void {
  for (const staff of DEV_STAFF) {
    repos.users.ensureStaff({
      id: randomUUID(),
      openid: devOpenid(staff.handle),
      nickname: staff.nickname,
      created_at: now.toISOString(),
    })
  }
}
