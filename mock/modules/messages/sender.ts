import { subscribeMessagePoster, type SubscribeMessage } from '../../notify/subscribe-message'

/** Sends subscription messages; `configured: false` = no WeChat here (development, tests). */
export interface MessageSender {
  configured: boolean
  send: (message: SubscribeMessage) => Promise<void>
}

/** Without WX_APPID: every send is recorded as skipped, nothing leaves the server. */
export const developmentSender: MessageSender = {
  configured: false,
  send: () => Promise.resolve(),
}

export function wechatMessageSender(
  appId: string,
  secret: string,
  fetchImpl: typeof fetch = fetch,
): MessageSender {
  return { configured: true, send: subscribeMessagePoster(appId, secret, fetchImpl) }
}
