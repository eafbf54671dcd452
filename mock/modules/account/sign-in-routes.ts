import { randomUUID } from 'node:crypto'
import { SESSION_TTL_MS, newSessionToken, sha256Hex } from '../../auth/tokens'
import type { Handlers } from '../../http/types'
import type { HandlerDeps } from '../deps'
import { profileOf } from './profile-view'

type AuthKeys = 'POST /api/v1/auth/wechat-login' | 'POST /api/v1/auth/logout'

/** A friendly default nickname, stable for one openid: 青山用户 + 4 digits. */
export function nicknameFor(openid: string): string {
  const digits = parseInt(sha256Hex(openid).slice(0, 8), 16) % 10_000
  return `青山用户${String(digits).padStart(4, '0')}`
}

/** Sign-ins are rate-limited per address in http/rate-limits.ts. */
export function authHandlers({ repos, code2Session }: HandlerDeps): Pick<Handlers, AuthKeys> {
  return {
    'POST /api/v1/auth/wechat-login': async ({ body }, ctx) => {
      const { openid } = await code2Session(body.code)
      const nowIso = ctx.now.toISOString()
      const { user, created } = await repos.users.findOrCreate({
        id: randomUUID(),
        openid,
        nickname: nicknameFor(openid),
        created_at: nowIso,
      })
      if (created) ctx.log.info({ userId: user.id }, 'user created')
      const token = newSessionToken()
      const expiresAt = new Date(ctx.now.getTime() + SESSION_TTL_MS).toISOString()
      await repos.sessions.removeExpired(nowIso)
      await repos.sessions.create(sha256Hex(token), user.id, nowIso, expiresAt)
      return { token, expiresAt, profile: await profileOf(repos, user.id, ctx.now) }
    },
    'POST /api/v1/auth/logout': async (_input, ctx) => {
      await repos.sessions.remove(ctx.session.tokenHash)
      return { ok: true }
    },
  }
}
