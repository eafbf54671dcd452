import { createHash } from 'node:crypto'
import * as z from 'zod/mini'
import { ApiError } from '../http/errors'

/** Exchanges a `wx.login` code for the user's openid. The session_key never leaves the server. */
export type Code2Session = (code: string) => Promise<{ openid: string }>

function derive(prefix: string, text: string): string {
  return prefix + createHash('sha256').update(text).digest('base64url').slice(0, 27)
}

/** The openid that `dev:<deviceId>` signs in as (seeded staff accounts use it). */
export const devOpenid = (deviceId: string): string => derive('dev_', deviceId)

/**
 * Development sign-in without WeChat: `dev:<device id>` is the H5 sign-in of one device; any
 * other code stands for itself. Both map to a stable openid, so the same code is the same user.
 */
export const devCode2Session: Code2Session = async (code) => {
  if (code.startsWith('dev:') && code.length > 4) return { openid: devOpenid(code.slice(4)) }
  return { openid: derive('o', code) }
}

const WechatAnswer = z.object({
  openid: z.optional(z.string()),
  errcode: z.optional(z.number()),
})

const unavailable = () =>
  new ApiError(502, 'WECHAT_UNAVAILABLE', '微信登录服务暂时不可用，请稍后重试')

/** The real exchange: https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/user-login/code2Session.html */
export function wechatCode2Session(
  appId: string,
  secret: string,
  fetchImpl: typeof fetch = fetch,
): Code2Session {
  return async (code) => {
    const url = new URL('https://api.weixin.qq.com/sns/jscode2session')
    url.search = new URLSearchParams({
      appid: appId,
      secret,
      js_code: code,
      grant_type: 'authorization_code',
    }).toString()
    let answer: unknown
    try {
      const response = await fetchImpl(url, { signal: AbortSignal.timeout(5000) })
      answer = await response.json()
    } catch {
      throw unavailable()
    }
    const parsed = z.safeParse(WechatAnswer, answer)
    if (!parsed.success) throw unavailable()
    const { openid, errcode } = parsed.data
    if (openid && !errcode) return { openid }
    if (errcode === 40029 || errcode === 40163) {
      throw new ApiError(400, 'LOGIN_CODE_INVALID', '登录凭证已失效，请重新打开小程序后再登录')
    }
    if (errcode === 45011) {
      throw new ApiError(429, 'RATE_LIMITED', '登录尝试过于频繁，请1分钟后再试')
    }
    throw unavailable()
  }
}
