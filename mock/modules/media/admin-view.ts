import type { AdminLiveSession, AdminVideo } from '../../../src/services/contract'
import type { AdminLiveRow, AdminVideoRow } from './admin-repository'
import { adminLiveStatus } from './live-changes'
import type { ChapterRow } from './repository'

export const toAdminLive = (row: AdminLiveRow, now: Date): AdminLiveSession => ({
  id: row.id,
  title: row.title,
  topic: row.topic,
  hostDepartment: row.host_department,
  startsAt: row.starts_at,
  endsAt: row.ends_at,
  status: adminLiveStatus(row, now),
  subscriberCount: row.subscribers,
  editedAt: row.edited_at,
})

/** What the audit log keeps of a session. */
export const liveState = (row: AdminLiveRow): Record<string, unknown> => ({
  title: row.title,
  topic: row.topic,
  hostDepartment: row.host_department,
  startsAt: row.starts_at,
  endsAt: row.ends_at,
  cancelled: row.cancelled_at !== null,
})

export const toAdminVideo = (row: AdminVideoRow, chapters: readonly ChapterRow[]): AdminVideo => ({
  id: row.id,
  kind: row.kind,
  title: row.title,
  department: row.department,
  description: row.description,
  durationSec: row.duration_sec,
  chapters: chapters
    .filter((c) => c.video_id === row.id)
    .map((c) => ({
      index: c.idx,
      title: c.title,
      startSec: c.start_sec,
      link: { kind: c.link_kind, id: c.link_id, name: c.link_name },
    })),
  hidden: row.hidden_at !== null,
  editedAt: row.edited_at,
})

export function videoState(video: AdminVideo): Record<string, unknown> {
  const { editedAt: _edited, durationSec: _length, ...state } = video
  return {
    ...state,
    chapters: state.chapters.map((c) => ({ title: c.title, startSec: c.startSec })),
  }
}
