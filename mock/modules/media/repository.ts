import { sql as raw, type Expression, type SqlBool } from 'kysely'
import { arg, compiledReader } from '../../db/compiled-once'
import { isPostgres, type Sql } from '../../db/engine'
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

const MAX_EXPLAINING = 10

/** SQLite's LIKE ignores ASCII case; PostgreSQL's ILIKE does the same. */
function likeOf(sql: Sql, column: string, pattern: string): Expression<SqlBool> {
  const op = isPostgres(sql) ? raw`ILIKE` : raw`LIKE`
  return raw<SqlBool>`${raw.ref(column)} ${op} ${pattern} ESCAPE '\\'`
}

export function createMediaRepo(sql: Sql) {
  const videos = () =>
    sql.selectFrom('media_videos as v').select((eb) => [
      'v.id',
      'v.kind',
      'v.title',
      'v.department',
      'v.description',
      'v.clip',
      'v.duration_sec',
      eb
        .selectFrom('media_chapters as c')
        .whereRef('c.video_id', '=', 'v.id')
        .select((e) => e.fn.countAll<number | string>().as('n'))
        .as('chapter_count'),
    ])
  const toVideo = (row: Record<keyof VideoRow, unknown>): VideoRow => ({
    ...(row as VideoRow),
    chapter_count: Number(row.chapter_count),
  })

  const tutorialsWhere = (filter: { q?: string; department?: string }) => {
    const pattern = filter.q ? likePattern(filter.q) : null
    const department = filter.department || null
    return sql
      .selectFrom('media_videos as v')
      .where('v.kind', '=', 'tutorial')
      .where('v.hidden_at', 'is', null)
      .$if(department !== null, (q) => q.where('v.department', '=', department ?? ''))
      .$if(pattern !== null, (q) =>
        q.where((eb) =>
          eb.or([
            likeOf(sql, 'v.title', pattern ?? ''),
            likeOf(sql, 'v.department', pattern ?? ''),
            eb.exists(
              eb
                .selectFrom('media_chapters as c')
                .select('c.idx')
                .whereRef('c.video_id', '=', 'v.id')
                .where((e) =>
                  e.or([
                    likeOf(sql, 'c.title', pattern ?? ''),
                    likeOf(sql, 'c.link_name', pattern ?? ''),
                  ]),
                ),
            ),
          ]),
        ),
      )
  }

  // A session cancelled in the 管理后台 is gone for residents (its subscribers were told). Its
  // subscriptions are counted in the same pass (a join), not by two subqueries per session.
  const liveRows = (userId: string) =>
    sql
      .selectFrom('live_sessions as s')
      .leftJoin('live_subscriptions as u', 'u.session_id', 's.id')
      .where('s.cancelled_at', 'is', null)
      .select([
        's.id',
        's.title',
        's.topic',
        's.host_department',
        's.starts_at',
        's.ends_at',
        's.feed_clip',
        's.replay_video_id',
      ])
      .select((eb) => [
        eb.fn
          .count<number | string>('u.user_id')
          .filterWhere('u.user_id', '=', userId)
          .as('subscribed'),
        eb.fn.count<number | string>('u.user_id').as('subscribers'),
      ])
      .groupBy('s.id')
  // Read on every look at 政务直播: built and compiled once.
  const sessionsQuery = compiledReader(sql, liveRows(arg(0)).orderBy('s.starts_at'))
  const sessionQuery = compiledReader(sql, liveRows(arg(0)).where('s.id', '=', arg(1)))
  const toLive = (
    row: Omit<LiveRow, 'subscribed' | 'subscribers'> & {
      subscribed: unknown
      subscribers: unknown
    },
  ): LiveRow => ({
    ...row,
    subscribed: Number(row.subscribed) > 0 ? 1 : 0,
    subscribers: Number(row.subscribers),
  })

  return {
    tutorials: async (
      filter: { q?: string; department?: string },
      limit: number,
      offset: number,
    ): Promise<{ rows: VideoRow[]; total: number }> => {
      // The page's ids first, in index order; then only their rows (with chapter counts). One
      // query with the filter as a subquery sorted and counted chapters of every tutorial.
      const page = await tutorialsWhere(filter)
        .select('v.id')
        .orderBy('v.sort_order')
        .limit(limit)
        .offset(offset)
        .execute()
      const ids = page.map((row) => row.id)
      const found = ids.length === 0 ? [] : await videos().where('v.id', 'in', ids).execute()
      const byId = new Map(found.map((row) => [row.id, row]))
      const rows = ids.flatMap((id) => byId.get(id) ?? [])
      const count = await tutorialsWhere(filter)
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .executeTakeFirst()
      return { rows: rows.map(toVideo), total: Number(count?.n ?? 0) }
    },
    departments: async (): Promise<string[]> => {
      const rows = await sql
        .selectFrom('media_videos')
        .select('department')
        .where('kind', '=', 'tutorial')
        .where('hidden_at', 'is', null)
        .groupBy('department')
        .orderBy((eb) => eb.fn.min('sort_order'))
        .execute()
      return rows.map((r) => r.department)
    },
    /** A video residents may watch: not taken off in the 管理后台. */
    video: async (id: string): Promise<VideoRow | undefined> => {
      const row = await videos()
        .where('v.id', '=', id)
        .where('v.hidden_at', 'is', null)
        .executeTakeFirst()
      return row && toVideo(row)
    },
    chapters: async (videoId: string): Promise<ChapterRow[]> =>
      (await sql
        .selectFrom('media_chapters')
        .selectAll()
        .where('video_id', '=', videoId)
        .orderBy('idx')
        .execute()) as ChapterRow[],
    /** Tutorials before replays; then the video most about the item; its first chapter on it. */
    explaining: async (itemId: string): Promise<(ChapterRow & { video_title: string })[]> => {
      const rows = await sql
        .selectFrom('media_chapters as c')
        .innerJoin('media_videos as v', 'v.id', 'c.video_id')
        .selectAll('c')
        .select(['v.title as video_title', 'v.kind as video_kind', 'v.sort_order'])
        .where('c.link_id', '=', itemId)
        .where('v.hidden_at', 'is', null)
        .orderBy('c.video_id')
        .orderBy('c.idx')
        .execute()
      const byVideo = new Map<string, { first: (typeof rows)[number]; hits: number }>()
      for (const row of rows) {
        const seen = byVideo.get(row.video_id)
        if (seen) seen.hits += 1
        else byVideo.set(row.video_id, { first: row, hits: 1 })
      }
      const replayLast = (kind: string) => (kind === 'replay' ? 1 : 0)
      return [...byVideo.values()]
        .sort(
          (a, b) =>
            replayLast(a.first.video_kind) - replayLast(b.first.video_kind) ||
            b.hits - a.hits ||
            a.first.sort_order - b.first.sort_order,
        )
        .slice(0, MAX_EXPLAINING)
        .map(({ first }) => {
          const { video_kind: _kind, sort_order: _order, ...chapter } = first
          return chapter as ChapterRow & { video_title: string }
        })
    },
    sessions: async (userId: string): Promise<LiveRow[]> =>
      (await sessionsQuery(userId)).map(toLive),
    session: async (userId: string, id: string): Promise<LiveRow | undefined> => {
      const [row] = await sessionQuery(userId, id)
      return row && toLive(row)
    },
    subscribe: async (sessionId: string, userId: string, channel: string, at: string) => {
      await sql
        .insertInto('live_subscriptions')
        .values({ session_id: sessionId, user_id: userId, channel, created_at: at })
        .onConflict((c) =>
          c.columns(['session_id', 'user_id']).doUpdateSet((eb) => ({
            channel: eb.ref('excluded.channel'),
          })),
        )
        .execute()
    },
    unsubscribe: async (sessionId: string, userId: string) => {
      await sql
        .deleteFrom('live_subscriptions')
        .where('session_id', '=', sessionId)
        .where('user_id', '=', userId)
        .execute()
    },
    dueReminders: (after: string, until: string): Promise<DueLiveReminder[]> =>
      sql
        .selectFrom('live_subscriptions as u')
        .innerJoin('live_sessions as s', 's.id', 'u.session_id')
        .innerJoin('users as us', 'us.id', 'u.user_id')
        .select([
          'u.session_id',
          'u.user_id',
          'us.openid',
          's.title',
          's.host_department',
          's.starts_at',
        ])
        .where('u.channel', '=', 'wechat')
        .where('u.reminded_at', 'is', null)
        .where('s.cancelled_at', 'is', null)
        .where('s.starts_at', '>', after)
        .where('s.starts_at', '<=', until)
        .orderBy('s.starts_at')
        .execute(),
    /**
     * Takes the one send of this reminder: true for exactly one caller, whatever the number of
     * server instances asking at once (a conditional UPDATE checked by its row count).
     */
    claimReminder: async (sessionId: string, userId: string, at: string): Promise<boolean> => {
      const result = await sql
        .updateTable('live_subscriptions')
        .set({ reminded_at: at })
        .where('session_id', '=', sessionId)
        .where('user_id', '=', userId)
        .where('reminded_at', 'is', null)
        .executeTakeFirst()
      return Number(result.numUpdatedRows) === 1
    },
    /** Gives a claimed send back after it failed, so the next run tries again. */
    releaseReminder: async (sessionId: string, userId: string, at: string) => {
      await sql
        .updateTable('live_subscriptions')
        .set({ reminded_at: null })
        .where('session_id', '=', sessionId)
        .where('user_id', '=', userId)
        .where('reminded_at', '=', at)
        .execute()
    },
  }
}

export type MediaRepo = ReturnType<typeof createMediaRepo>
