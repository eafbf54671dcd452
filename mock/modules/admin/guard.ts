import { forbidden } from '../../auth/roles'
import type { Session } from '../../http/types'
import type { Repos } from '../repositories'
import { notAdmin } from './sign-in'

export const CONSOLE_PREFIX = '/api/v1/admin/'

/**
 * Every signed-in `/api/v1/admin/` endpoint is for administrators: checked here for all of them
 * at once, before the body is read, so an endpoint added later cannot forget it.
 */
export function consoleGuard(repos: Pick<Repos, 'roles'>) {
  return async (path: string, session: Session): Promise<void> => {
    if (!path.startsWith(CONSOLE_PREFIX)) return
    // A console session has read the grant with itself (one query); a bearer one asks now, and
    // the answer is noted on the request's session so no handler asks again.
    if (session.consoleAdmin ?? (await repos.roles.holds(session.userId, 'admin'))) {
      session.consoleAdmin = true
      return
    }
    throw path.startsWith(`${CONSOLE_PREFIX}sign-in/`)
      ? notAdmin()
      : forbidden('仅限管理员使用，请使用管理员账号登录')
  }
}
