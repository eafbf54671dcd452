import type { SendReminder } from './reminders'
import { subscribeMessagePoster, thing } from './subscribe-message'

/**
 * 预约提醒 through WeChat subscription messages.
 * The template's keys: thing1 事项名称, time2 预约时间, thing3 办理地点, character_string4 签到码.
 */
export function wechatReminderSender(
  appId: string,
  secret: string,
  templateId: string,
  fetchImpl: typeof fetch = fetch,
): SendReminder {
  const post = subscribeMessagePoster(appId, secret, fetchImpl)
  return (message) =>
    post({
      openid: message.openid,
      templateId,
      page: message.page ?? `packages/booking/pages/detail/index?id=${message.appointmentId}`,
      data: {
        thing1: thing(message.itemName),
        time2: { value: message.when },
        thing3: thing(message.pointName),
        character_string4: { value: message.code },
      },
    })
}
