import {
  formatDayTime,
  liveStatus,
  messagePages,
  type AdminLiveStatus,
  type LiveSessionEdit,
} from '../../../src/services/contract'
import { ApiError } from '../../http/errors'
import type { MessageDraft } from '../messages/builders'
import type { AdminLiveRow } from './admin-repository'

export function adminLiveStatus(row: AdminLiveRow, now: Date): AdminLiveStatus {
  return row.cancelled_at !== null ? 'cancelled' : liveStatus(row.starts_at, row.ends_at, now)
}

const invalid = (field: 'startsAt' | 'endsAt', message: string) =>
  new ApiError(400, 'VALIDATION_FAILED', message, { [field]: message })

/** A slot must lie ahead: residents cannot be reminded of the past. */
export function checkAhead(edit: LiveSessionEdit, now: Date): void {
  if (Date.parse(edit.startsAt) <= now.getTime())
    throw invalid('startsAt', '开始时间已经过去，请选择现在以后的时间')
}

export function overlapError(other: { title: string; starts_at: string; ends_at: string }) {
  return new ApiError(
    409,
    'LIVE_OVERLAP',
    `与“${other.title}”（${formatDayTime(other.starts_at)}开始）时间重叠，同一时间只能直播一场，请调整时间`,
  )
}

export const notEditable = () =>
  new ApiError(409, 'LIVE_NOT_EDITABLE', '这场直播已开播、已结束或已取消，不能再修改；请刷新列表')

/** What residents with a 开播提醒 are told when the session moves: once per new time. */
export function liveMovedMessage(
  row: AdminLiveRow,
  userId: string,
  previousStart: string,
  now: Date,
): MessageDraft {
  return {
    userId,
    eventKey: `live:${row.id}:moved:${row.starts_at}`,
    kind: 'live_changed',
    route: messagePages.liveSession(row.id),
    title: `直播改期：${row.title.length > 12 ? `${row.title.slice(0, 11)}…` : row.title}`,
    body: `您预约提醒的直播由${formatDayTime(previousStart, now)}改为${formatDayTime(row.starts_at, now)}开始，开播前仍会提醒您。`,
  }
}

export function liveCancelledMessage(row: AdminLiveRow, userId: string, now: Date): MessageDraft {
  return {
    userId,
    eventKey: `live:${row.id}:cancelled`,
    kind: 'live_changed',
    route: messagePages.media,
    title: `直播取消：${row.title.length > 12 ? `${row.title.slice(0, 11)}…` : row.title}`,
    body: `原定${formatDayTime(row.starts_at, now)}的直播“${row.title}”已取消，可以在“政务直播”查看其他场次。`,
  }
}
