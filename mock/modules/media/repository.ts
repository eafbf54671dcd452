import type { Db } from '../../db/open'
import { likePattern } from '../points/repository'

export interface VideoRow {
  id: string
  kind: 'tutorial' | 'replay'
  title: string
  department: string
  description: string
  clip: string
  duration_sec: number
  chapter_count: number
}
export interface ChapterRow {
  video_id: string
  idx: number
  title: string
  start_sec: number
  link_kind: 'item' | 'bundle'
  link_id: string
  link_name: string
}
export interface LiveRow {
  id: string
  title: string
  topic: string
  host_department: string
  starts_at: string
  ends_at: string
  feed_clip: string
  replay_video_id: string
  subscribed: number
  subscribers: number
}
export interface DueLiveReminder {
  session_id: string
  user_id: string
  openid: string
  title: string
  host_department: string
  starts_at: string
}

interface VideoFilter {
  pattern: string | null
  department: string | null
}

const VIDEO_COLUMNS = `v.id, v.kind, v.title, v.department, v.description, v.clip, v.duration_sec,
  (SELECT COUNT(*) FROM media_chapters c WHERE c.video_id = v.id) AS chapter_count`
const TUTORIAL_WHERE = `v.kind = 'tutorial'
  AND (@department IS NULL OR v.department = @department)
  AND (@pattern IS NULL OR v.title LIKE @pattern ESCAPE '\\' OR v.department LIKE @pattern ESCAPE '\\'
    OR EXISTS (SELECT 1 FROM media_chapters c WHERE c.video_id = v.id
      AND (c.title LIKE @pattern ESCAPE '\\' OR c.link_name LIKE @pattern ESCAPE '\\')))`
const LIVE_COLUMNS = `s.*,
  EXISTS (SELECT 1 FROM live_subscriptions u WHERE u.session_id = s.id AND u.user_id = @userId) AS subscribed,
  (SELECT COUNT(*) FROM live_subscriptions u WHERE u.session_id = s.id) AS subscribers`

export function createMediaRepo(db: Db) {
  const page = db.prepare<[VideoFilter & { limit: number; offset: number }], VideoRow>(`
    SELECT ${VIDEO_COLUMNS} FROM media_videos v WHERE ${TUTORIAL_WHERE}
    ORDER BY v.sort_order LIMIT @limit OFFSET @offset`)
  const count = db
    .prepare<[VideoFilter], number>(`SELECT COUNT(*) FROM media_videos v WHERE ${TUTORIAL_WHERE}`)
    .pluck()
  const departments = db
    .prepare<[], string>(
      `SELECT department FROM media_videos WHERE kind = 'tutorial'
       GROUP BY department ORDER BY MIN(sort_order)`,
    )
    .pluck()
  const video = db.prepare<[string], VideoRow>(
    `SELECT ${VIDEO_COLUMNS} FROM media_videos v WHERE v.id = ?`,
  )
  const chapters = db.prepare<[string], ChapterRow>(
    'SELECT * FROM media_chapters WHERE video_id = ? ORDER BY idx',
  )
  // Tutorials before replays; then the video most about the item; its first chapter on it.
  const explaining = db.prepare<[string], ChapterRow & { video_title: string }>(`
    SELECT c.*, MIN(c.idx), COUNT(*) AS hits, v.title AS video_title
    FROM media_chapters c JOIN media_videos v ON v.id = c.video_id
    WHERE c.link_id = ?
    GROUP BY c.video_id
    ORDER BY v.kind = 'replay', hits DESC, v.sort_order
    LIMIT 10`)
  const sessions = db.prepare<[{ userId: string }], LiveRow>(
    `SELECT ${LIVE_COLUMNS} FROM live_sessions s ORDER BY s.starts_at`,
  )
  const session = db.prepare<[{ userId: string; id: string }], LiveRow>(
    `SELECT ${LIVE_COLUMNS} FROM live_sessions s WHERE s.id = @id`,
  )
  const subscribe = db.prepare<[string, string, string, string]>(`
    INSERT INTO live_subscriptions (session_id, user_id, channel, created_at) VALUES (?, ?, ?, ?)
    ON CONFLICT (session_id, user_id) DO UPDATE SET channel = excluded.channel`)
  const unsubscribe = db.prepare<[string, string]>(
    'DELETE FROM live_subscriptions WHERE session_id = ? AND user_id = ?',
  )
  const dueReminders = db.prepare<[string, string], DueLiveReminder>(`
    SELECT u.session_id, u.user_id, us.openid, s.title, s.host_department, s.starts_at
    FROM live_subscriptions u JOIN live_sessions s ON s.id = u.session_id JOIN users us ON us.id = u.user_id
    WHERE u.channel = 'wechat' AND u.reminded_at IS NULL AND s.starts_at > ? AND s.starts_at <= ?
    ORDER BY s.starts_at`)
  const markReminded = db.prepare<[string, string, string]>(
    'UPDATE live_subscriptions SET reminded_at = ? WHERE session_id = ? AND user_id = ?',
  )
  return {
    tutorials: (filter: { q?: string; department?: string }, limit: number, offset: number) => {
      const where = {
        pattern: filter.q ? likePattern(filter.q) : null,
        department: filter.department || null,
      }
      return { rows: page.all({ ...where, limit, offset }), total: count.get(where) ?? 0 }
    },
    departments: () => departments.all(),
    video: (id: string) => video.get(id),
    chapters: (videoId: string) => chapters.all(videoId),
    explaining: (itemId: string) => explaining.all(itemId),
    sessions: (userId: string) => sessions.all({ userId }),
    session: (userId: string, id: string) => session.get({ userId, id }),
    subscribe: (sessionId: string, userId: string, channel: string, at: string) =>
      subscribe.run(sessionId, userId, channel, at),
    unsubscribe: (sessionId: string, userId: string) => unsubscribe.run(sessionId, userId),
    dueReminders: (after: string, until: string) => dueReminders.all(after, until),
    markReminded: (sessionId: string, userId: string, at: string) =>
      markReminded.run(at, sessionId, userId),
  }
}
