import * as z from 'zod/mini'

const TokenAnswer = z.object({
  access_token: z.optional(z.string()),
  expires_in: z.optional(z.number()),
  errcode: z.optional(z.number()),
})

const STABLE_TOKEN = 'https://api.weixin.qq.com/cgi-bin/stable_token'

/**
 * The mini program's server-side access_token, cached until five minutes before it expires.
 * WeChat's stable token (normal mode), not `cgi-bin/token`: every instance, and every user of it
 * in one instance (人脸核身, reminders), gets the same token, where each fetch of the old kind
 * cut off the token the others held.
 */
export function wechatAccessToken(appId: string, secret: string, fetchImpl: typeof fetch = fetch) {
  let token: { value: string; expiresAt: number } | null = null
  return {
    get: async (): Promise<string> => {
      if (token && token.expiresAt > Date.now()) return token.value
      const response = await fetchImpl(STABLE_TOKEN, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          grant_type: 'client_credential',
          appid: appId,
          secret,
          force_refresh: false,
        }),
        signal: AbortSignal.timeout(5000),
      })
      const answer = z.parse(TokenAnswer, await response.json())
      if (!answer.access_token)
        throw new Error(`access_token refused: ${answer.errcode ?? 'unknown'}`)
      // Renewed five minutes early so a call never carries a token that expires in flight.
      const lifetime = ((answer.expires_in ?? 7200) - 300) * 1000
      token = { value: answer.access_token, expiresAt: Date.now() + lifetime }
      return token.value
    },
    /** After WeChat answers 40001/42001 (token invalid or expired). */
    forget: () => {
      token = null
    },
  }
}
