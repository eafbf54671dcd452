import Taro from '@tarojs/taro'
import { isWeapp } from './env'
import { failure, failureFromError, hasField, type PlatformResult } from './result'

/** Template ids the user accepted. H5 has no subscription messages: callers fall back to in-app reminders. */
export async function requestSubscribe(
  templateIds: string[],
): Promise<PlatformResult<{ accepted: string[] }>> {
  if (!isWeapp) return failure('unsupported', '网页版将通过站内消息提醒您')
  try {
    const res: unknown = await Taro.requestSubscribeMessage({ tmplIds: templateIds, entityIds: [] })
    if (!hasField(res, 'errMsg')) return failure('failed')
    const record = res as Record<string, unknown>
    return { ok: true, accepted: templateIds.filter((id) => record[id] === 'accept') }
  } catch (error) {
    return failureFromError(error)
  }
}

const REMINDER_TEMPLATE_ID = process.env.TARO_APP_REMINDER_TEMPLATE_ID ?? ''

/**
 * Asks for the 预约提醒 subscription message at the user's tap (weapp). False when no template is
 * configured, on H5, or when refused: the caller then reminds in the app only.
 */
export async function askReminderSubscription(): Promise<boolean> {
  if (REMINDER_TEMPLATE_ID === '') return false
  const answer = await requestSubscribe([REMINDER_TEMPLATE_ID])
  return answer.ok && answer.accepted.includes(REMINDER_TEMPLATE_ID)
}
