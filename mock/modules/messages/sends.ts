import { beijingDate, beijingTime } from '../../../src/services/contract'
import { thing } from '../../notify/subscribe-message'
import type { MessageRepo, SendRow, SendStatus } from './repository'
import type { MessageSender } from './sender'
import type { MessageTemplates, TemplateGroup } from './templates'

/** Waits before the 2nd, 3rd… try; after the last the send is given up as failed. */
export const BACKOFF_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000] as const
export const MAX_ATTEMPTS = BACKOFF_MS.length + 1
/** A send claimed this long ago by a process that never finished it is tried again. */
const STALE_MS = 10 * 60_000

export interface SendConfig {
  sender: MessageSender
  templates: MessageTemplates
}

type Outcome = { status: SendStatus; note: string | null; next_try_at?: string; sent_at?: string }

const minute = (iso: string) => `${beijingDate(new Date(iso))} ${beijingTime(new Date(iso))}`

async function attempt(
  messages: MessageRepo,
  config: SendConfig,
  send: SendRow,
  now: Date,
): Promise<Outcome> {
  if (!config.sender.configured) return { status: 'skipped', note: '跳过（开发环境）' }
  const templateId = config.templates[send.template as TemplateGroup]
  if (!templateId) return { status: 'skipped', note: '未配置该类订阅消息模板' }
  const message = await messages.recipient(send.message_id)
  if (!message) return { status: 'skipped', note: '消息已不存在' }
  const { longTerm } = config.templates
  if (!(await messages.useSubscription(message.user_id, templateId, longTerm)))
    return { status: 'skipped', note: '用户未订阅' }
  try {
    await config.sender.send({
      openid: message.openid,
      templateId,
      page: message.route.replace(/^\//, ''),
      data: {
        thing1: thing(message.title),
        thing2: thing(message.body),
        time3: { value: minute(message.created_at) },
      },
    })
    return { status: 'sent', note: null, sent_at: now.toISOString() }
  } catch (error) {
    // WeChat spends an acceptance only on a delivered message: give it back for the next try.
    await messages.subscribe(message.user_id, templateId, longTerm, now.toISOString())
    const note = error instanceof Error ? error.message.slice(0, 200) : '发送失败'
    const tries = send.attempts + 1
    if (tries >= MAX_ATTEMPTS) return { status: 'failed', note }
    const wait = BACKOFF_MS[Math.min(tries, BACKOFF_MS.length) - 1] ?? STALE_MS
    return { status: 'pending', note, next_try_at: new Date(now.getTime() + wait).toISOString() }
  }
}

/**
 * Tries every WeChat send that is due. Each is claimed first by a conditional UPDATE, so however
 * many processes run this at once a message goes out once; a failure waits its back-off.
 * Returns the number this call sent.
 */
export async function sendDueMessages(
  messages: MessageRepo,
  config: SendConfig,
  now: Date,
): Promise<number> {
  const at = now.toISOString()
  const due = await messages.dueSends(at, new Date(now.getTime() - STALE_MS).toISOString())
  let sent = 0
  for (const send of due) {
    if (!(await messages.claimSend(send, at))) continue
    const outcome = await attempt(messages, config, send, now)
    await messages.finishSend(send.message_id, outcome)
    if (outcome.status === 'sent') sent += 1
  }
  return sent
}
