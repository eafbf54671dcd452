import type { Repos } from '../db/repos'
import { ApiError } from '../http/errors'

export function requireStaff(repos: Repos, userId: string): void {
  if (repos.users.findById(userId)?.role !== 'staff') {
    throw new ApiError(403, 'FORBIDDEN', '仅限窗口工作人员使用，请使用工作人员账号登录')
  }
}
