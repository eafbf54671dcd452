import * as z from 'zod/mini'
import { wechatAccessToken } from '../auth/wechat-access-token'
import type { SendReminder } from './reminders'

const SendAnswer = z.object({ errcode: z.optional(z.number()), errmsg: z.optional(z.string()) })

/** WeChat caps `thing` values at 20 characters. */
const thing = (text: string) => ({ value: text.length > 20 ? `${text.slice(0, 19)}…` : text })

/**
 * 预约提醒 through WeChat subscription messages
 * (https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/mp-message-management/subscribe-message/sendMessage.html).
 * The template's keys: thing1 事项名称, time2 预约时间, thing3 办理地点, character_string4 签到码.
 */
export function wechatReminderSender(
  appId: string,
  secret: string,
  templateId: string,
  fetchImpl: typeof fetch = fetch,
): SendReminder {
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
        template_id: templateId,
        page: message.page ?? `packages/booking/pages/detail/index?id=${message.appointmentId}`,
        lang: 'zh_CN',
        data: {
          thing1: thing(message.itemName),
          time2: { value: message.when },
          thing3: thing(message.pointName),
          character_string4: { value: message.code },
        },
      }),
    })
    const answer = SendAnswer.parse(await response.json())
    if (answer.errcode === 40001 || answer.errcode === 42001) token.forget()
    if (answer.errcode)
      throw new Error(`subscribe send failed: ${answer.errcode} ${answer.errmsg ?? ''}`)
  }
}
