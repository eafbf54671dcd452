import {
  liveStatus,
  type Chapter,
  type LiveSession,
  type VideoSummary,
} from '../../../src/services/contract'
import type { ChapterRow, LiveRow, VideoRow } from './repository'
import { clipUrl, posterUrl } from './clips'

export const toVideoSummary = (row: VideoRow): VideoSummary => ({
  id: row.id,
  title: row.title,
  department: row.department,
  durationSec: row.duration_sec,
  chapterCount: row.chapter_count,
  posterUrl: posterUrl(row.clip),
})

/** A chapter ends where the next starts, the last one at the end of the video. */
export function toChapters(rows: readonly ChapterRow[], durationSec: number): Chapter[] {
  return rows.map((row, i) => ({
    index: row.idx,
    title: row.title,
    startSec: row.start_sec,
    endSec: rows[i + 1]?.start_sec ?? durationSec,
    link: { kind: row.link_kind, id: row.link_id, name: row.link_name },
  }))
}

/** Status, the live feed's position and the replay all follow from the clock. */
export function toLiveSession(row: LiveRow, durationOfFeed: number, now: Date): LiveSession {
  const status = liveStatus(row.starts_at, row.ends_at, now)
  const elapsedSec = (now.getTime() - new Date(row.starts_at).getTime()) / 1000
  return {
    id: row.id,
    title: row.title,
    topic: row.topic,
    hostDepartment: row.host_department,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    status,
    subscribed: row.subscribed === 1,
    subscriberCount: row.subscribers,
    feed:
      status === 'live'
        ? {
            src: clipUrl(row.feed_clip),
            offsetSec: Math.floor(elapsedSec % durationOfFeed),
            // Every slot here plays a stored clip; a camera feed would set false.
            recorded: true,
          }
        : null,
    replayVideoId: status === 'finished' ? row.replay_video_id : null,
    posterUrl: posterUrl(row.feed_clip),
  }
}
