import { randomUUID } from 'node:crypto'
import { newSessionToken, sha256Hex } from '../../auth/tokens'
import type { Repos } from '../repositories'
import { browserSummary, maskIp } from './browser'
import { CONSOLE_IDLE_MS } from './cookie'

export interface Browser {
  userAgent: string
  ip: string
}

/**
 * A console session and its audit row, in the caller's transaction; `take` runs first and
 * may refuse (false), e.g. a sign-in request another poll already used. Returns the cookie's token.
 */
export async function openConsoleSession(
  repos: Repos,
  userId: string,
  browser: Browser,
  now: Date,
  how: '扫码登录' | '开发登录',
  take: () => Promise<boolean> = async () => true,
): Promise<string | null> {
  const token = newSessionToken()
  const at = now.toISOString()
  const id = randomUUID()
  const summary = `${browserSummary(browser.userAgent)}，${maskIp(browser.ip)}`
  const opened = await repos.admin.transaction(async () => {
    if (!(await take())) return false
    await repos.admin.addSession({
      id,
      token_hash: sha256Hex(token),
      user_id: userId,
      user_agent: browser.userAgent.slice(0, 512),
      ip: browser.ip,
      created_at: at,
      last_seen_at: at,
      expires_at: new Date(now.getTime() + CONSOLE_IDLE_MS).toISOString(),
      ended_at: null,
      ended_by: null,
    })
    await repos.audit.record({
      actorId: userId,
      action: 'console.sign_in',
      target: { kind: 'console_session', id },
      summary: `${how}管理后台（${summary}）`,
      before: null,
      after: { sessionId: id, how, browser: summary },
      at,
    })
    return true
  })
  return opened ? token : null
}
