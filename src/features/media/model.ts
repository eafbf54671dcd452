import type { Chapter, LiveSession } from '../../services/contract'
import { beijingDateOf, formatDayTime, formatTime } from '../../services/contract'

/** The chapter playing at `seconds` (1-based index); the first before it starts. */
export function chapterAt(chapters: readonly Chapter[], seconds: number): number {
  const current = chapters.filter((c) => c.startSec <= seconds + 0.05).pop()
  return current?.index ?? chapters[0]?.index ?? 1
}

/** `?chapter=3` → that chapter; anything else → the first. */
export function chapterFromParam(
  chapters: readonly Chapter[],
  param: string | undefined,
): Chapter | undefined {
  const wanted = Number(param)
  return chapters.find((c) => c.index === wanted) ?? chapters[0]
}

/** 75 → “1:15”. */
export function clockText(seconds: number): string {
  const s = Math.floor(seconds)
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
}

/** “3月3日 周二 15:00”. */
export function liveTimeText(iso: string): string {
  return formatDayTime(iso)
}

export const LIVE_STATUS_TEXT: Record<LiveSession['status'], string> = {
  live: '● 正在直播',
  upcoming: '即将开播',
  finished: '已结束',
}

/** Really live: a camera now, not a clip made beforehand played in the slot. */
export const isReallyLive = (session: LiveSession): boolean =>
  session.status === 'live' && session.feed !== null && !session.feed.recorded

/** 正在直播 only when it is; a recorded clip in the slot says 录播. */
export function liveStatusText(session: LiveSession): string {
  if (session.status === 'live' && !isReallyLive(session)) return '● 录播中（事先录制的讲解）'
  return LIVE_STATUS_TEXT[session.status]
}

/**
 * How to put a question to a broadcast that is really live. The live room has no comment box, so
 * the way in is the 12345 line, which passes the question to the department on air.
 */
export function liveQuestionHow(session: Pick<LiveSession, 'title' | 'hostDepartment'>): string {
  return `想提问：本直播间没有评论区，请拨打 12345 政务服务热线（24小时），说“直播提问”和直播名称“${session.title}”，热线会把问题转给主讲的${session.hostDepartment}。`
}

/** Server paths → URLs the player can load (weapp needs the absolute server address). */
export function mediaUrl(path: string): string {
  return `${(process.env.TARO_APP_API_BASE ?? '/').replace(/\/$/, '')}${path}`
}

/** “3月3日 周二 15:00–16:00”; the end's date only when it falls on another day. */
export function liveSpanText(startsAt: string, endsAt: string): string {
  const sameDay = beijingDateOf(startsAt) === beijingDateOf(endsAt)
  return `${liveTimeText(startsAt)}–${sameDay ? formatTime(endsAt) : liveTimeText(endsAt)}`
}
