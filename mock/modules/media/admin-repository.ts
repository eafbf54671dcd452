import type { LiveSessionEdit, VideoEdit } from '../../../src/services/contract'
import type { Sql } from '../../db/engine'
import type { ChapterRow } from './repository'
import { liveSessionsWithSubscribers, type AdminLiveRow } from './admin-live-reads'

export type { AdminLiveRow } from './admin-live-reads'

export interface AdminVideoRow {
  id: string
  kind: 'tutorial' | 'replay'
  title: string
  department: string
  description: string
  clip: string
  duration_sec: number
  hidden_at: string | null
  edited_at: string | null
}

export const ADMIN_VIDEO_PAGE = 20

/** The 管理后台's side of media: the whole timetable (cancelled too) and every video (hidden too). */
export function createMediaAdminRepo(sql: Sql) {
  const sessions = () => liveSessionsWithSubscribers(sql)
  const toLive = (row: Omit<AdminLiveRow, 'subscribers'> & { subscribers: unknown }) => ({
    ...row,
    subscribers: Number(row.subscribers),
  })
  const videos = () => sql.selectFrom('media_videos').selectAll()
  const setHidden = async (id: string, hiddenAt: string | null, at: string) => {
    const result = await sql
      .updateTable('media_videos')
      .set({ hidden_at: hiddenAt, edited_at: at })
      .where('id', '=', id)
      .where('hidden_at', hiddenAt === null ? 'is not' : 'is', null)
      .executeTakeFirst()
    return Number(result.numUpdatedRows) === 1
  }

  return {
    session: async (id: string): Promise<AdminLiveRow | undefined> => {
      const row = await sessions().where('s.id', '=', id).executeTakeFirst()
      return row && toLive(row)
    },
    /** A session (not cancelled, not `exceptId`) whose slot overlaps [startsAt, endsAt). */
    overlapping: (startsAt: string, endsAt: string, exceptId: string | null) =>
      sql
        .selectFrom('live_sessions')
        .select(['id', 'title', 'starts_at', 'ends_at'])
        .where('cancelled_at', 'is', null)
        .where('starts_at', '<', endsAt)
        .where('ends_at', '>', startsAt)
        .$if(exceptId !== null, (q) => q.where('id', '!=', exceptId ?? ''))
        .orderBy('starts_at')
        .executeTakeFirst(),
    /** A new session with the video its replay will be (the slot's recorded clip). */
    addSession: async (
      id: string,
      edit: LiveSessionEdit,
      clip: { name: string; durationSec: number },
      replayId: string,
      at: string,
    ) => {
      await sql
        .insertInto('media_videos')
        .values({
          id: replayId,
          kind: 'replay',
          title: `直播回放｜${edit.title}`,
          department: edit.hostDepartment,
          description: edit.topic,
          clip: clip.name,
          duration_sec: clip.durationSec,
          sort_order: 100_000,
          edited_at: at,
        })
        .execute()
      await sql
        .insertInto('live_sessions')
        .values({
          id,
          title: edit.title,
          topic: edit.topic,
          host_department: edit.hostDepartment,
          starts_at: new Date(edit.startsAt).toISOString(),
          ends_at: new Date(edit.endsAt).toISOString(),
          feed_clip: clip.name,
          replay_video_id: replayId,
          edited_at: at,
        })
        .execute()
    },
    /** Only while it has not started (checked again here, against `now`). */
    editSession: async (id: string, edit: LiveSessionEdit, now: string): Promise<boolean> => {
      const result = await sql
        .updateTable('live_sessions')
        .set({
          title: edit.title,
          topic: edit.topic,
          host_department: edit.hostDepartment,
          starts_at: new Date(edit.startsAt).toISOString(),
          ends_at: new Date(edit.endsAt).toISOString(),
          edited_at: now,
        })
        .where('id', '=', id)
        .where('cancelled_at', 'is', null)
        .where('starts_at', '>', now)
        .executeTakeFirst()
      return Number(result.numUpdatedRows) === 1
    },
    /** A moved session's 开播提醒 goes out again at the new time. */
    rearmReminders: async (id: string) => {
      await sql
        .updateTable('live_subscriptions')
        .set({ reminded_at: null })
        .where('session_id', '=', id)
        .execute()
    },
    /** True for exactly one of two cancellations at once, and only before it starts. */
    cancelSession: async (id: string, now: string): Promise<boolean> => {
      const result = await sql
        .updateTable('live_sessions')
        .set({ cancelled_at: now, edited_at: now })
        .where('id', '=', id)
        .where('cancelled_at', 'is', null)
        .where('starts_at', '>', now)
        .executeTakeFirst()
      return Number(result.numUpdatedRows) === 1
    },
    subscribers: async (id: string): Promise<string[]> =>
      (
        await sql
          .selectFrom('live_subscriptions')
          .select('user_id')
          .where('session_id', '=', id)
          .orderBy('created_at')
          .execute()
      ).map((r) => r.user_id),
    /** Tutorials, then replays; a page of those whose title contains `q` (a few hundred rows). */
    videos: async (q: string | undefined, page: number) => {
      const all = (await videos()
        .orderBy('kind', 'desc')
        .orderBy('sort_order')
        .orderBy('id')
        .execute()) as AdminVideoRow[]
      const hits = q ? all.filter((v) => v.title.includes(q)) : all
      const start = (page - 1) * ADMIN_VIDEO_PAGE
      return { rows: hits.slice(start, start + ADMIN_VIDEO_PAGE), total: hits.length }
    },
    video: (id: string) =>
      videos().where('id', '=', id).executeTakeFirst() as Promise<AdminVideoRow | undefined>,
    chapters: (ids: readonly string[]): Promise<ChapterRow[]> =>
      ids.length === 0
        ? Promise.resolve([])
        : (sql
            .selectFrom('media_chapters')
            .selectAll()
            .where('video_id', 'in', ids)
            .orderBy('video_id')
            .orderBy('idx')
            .execute() as Promise<ChapterRow[]>),
    editVideo: async (id: string, edit: VideoEdit, at: string) => {
      await sql
        .updateTable('media_videos')
        .set({
          title: edit.title,
          department: edit.department,
          description: edit.description,
          edited_at: at,
        })
        .where('id', '=', id)
        .execute()
      for (const [i, chapter] of edit.chapters.entries()) {
        await sql
          .updateTable('media_chapters')
          .set({ title: chapter.title, start_sec: chapter.startSec })
          .where('video_id', '=', id)
          .where('idx', '=', i + 1)
          .execute()
      }
    },
    hideVideo: (id: string, at: string) => setHidden(id, at, at),
    showVideo: (id: string, at: string) => setHidden(id, null, at),
  }
}
