import * as z from 'zod/mini'

const TokenAnswer = z.object({
  access_token: z.optional(z.string()),
  expires_in: z.optional(z.number()),
  errcode: z.optional(z.number()),
})

/** The mini program's server-side access_token, cached until five minutes before it expires. */
export function wechatAccessToken(appId: string, secret: string, fetchImpl: typeof fetch = fetch) {
  let token: { value: string; expiresAt: number } | null = null
  return {
    get: async (): Promise<string> => {
      if (token && token.expiresAt > Date.now()) return token.value
      const url = new URL('https://api.weixin.qq.com/cgi-bin/token')
      url.search = new URLSearchParams({
        grant_type: 'client_credential',
        appid: appId,
        secret,
      }).toString()
      const answer = z.parse(
        TokenAnswer,
        await (await fetchImpl(url, { signal: AbortSignal.timeout(5000) })).json(),
      )
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
