import type { ConsoleSignInStatus } from '../../../src/services/contract'
import type { Code2Session } from '../../auth/code2session'
import type { RequestContext } from '../../http/types'
import type { Repos } from '../repositories'
import { sessionCookie } from './cookie'
import { openConsoleSession } from './open-session'
import { personOf } from './people'
import { notAdmin } from './sign-in'

/** Development only (no WeChat sign-in configured): `dev:<handle>` as the app signs in. */
export async function devSignIn(
  repos: Repos,
  code2Session: Code2Session,
  handle: string,
  ctx: Pick<RequestContext, 'now' | 'ip' | 'userAgent' | 'setCookie'>,
): Promise<ConsoleSignInStatus> {
  const { openid } = await code2Session(`dev:${handle}`)
  const user = await repos.users.findByOpenid(openid)
  if (!user || !(await repos.roles.holds(user.id, 'admin'))) throw notAdmin()
  const browser = { userAgent: ctx.userAgent, ip: ctx.ip }
  const token = await openConsoleSession(repos, user.id, browser, ctx.now, '开发登录')
  if (token === null) throw notAdmin()
  ctx.setCookie(sessionCookie(token))
  return { status: 'signed_in', user: await personOf(repos, user.id) }
}
