import * as z from 'zod/mini'
import { wechatAccessToken } from '../auth/wechat-access-token'

const SendAnswer = z.object({ errcode: z.optional(z.number()), errmsg: z.optional(z.string()) })

/** WeChat caps `thing` values at 20 characters. */
export const thing = (text: string) => ({
  value: text.length > 20 ? `${text.slice(0, 19)}…` : text,
})

export interface SubscribeMessage {
  openid: string
  templateId: string
  /** The mini program page it opens, without the leading slash. */
  page: string
  data: Record<string, { value: string }>
}

/**
 * Sends one subscription message
 * (https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/mp-message-management/subscribe-message/sendMessage.html);
 * throws on any answer but success, so the caller retries it.
 */
export function subscribeMessagePoster(
  appId: string,
  secret: string,
  fetchImpl: typeof fetch = fetch,
): (message: SubscribeMessage) => Promise<void> {
  const token = wechatAccessToken(appId, secret, fetchImpl)
  return async (message) => {
    const url = new URL('https://api.weixin.qq.com/cgi-bin/message/subscribe/send')
    url.searchParams.set('access_token', await token.get())
    const response = await fetchImpl(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      signal: AbortSignal.timeout(5000),
      body: JSON.stringify({
        touser: message.openid,
        template_id: message.templateId,
        page: message.page,
        lang: 'zh_CN',
        data: message.data,
      }),
    })
    const answer = SendAnswer.parse(await response.json())
    if (answer.errcode === 40001 || answer.errcode === 42001) token.forget()
    if (answer.errcode)
      throw new Error(`subscribe send failed: ${answer.errcode} ${answer.errmsg ?? ''}`)
  }
}
