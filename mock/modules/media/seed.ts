import { createHash } from 'node:crypto'
import { inTransaction, inTurn, type Sql } from '../../db/engine'
import type { Db } from '../../db/sqlite'
import { chapterStart, clipDuration, clipFor } from './clips'
import { LIVE_SCHEDULE, replayIdOf, replaySeeds, scheduleAt } from './live-schedule'
import { tutorialSeeds } from './tutorials'

/**
 * Replaces the videos and their chapters when the seed changed (by content hash), except a video
 * an administrator edited in the 管理后台 (`edited_at` set): the console owns that one.
 */
export function seedMedia(db: Db): number {
  const videos = [...tutorialSeeds(), ...replaySeeds()]
  const hash = createHash('sha256').update(JSON.stringify(videos)).digest('hex')
  const current = db
    .prepare<[], string>("SELECT hash FROM seed_versions WHERE name = 'media'")
    .pluck()
    .get()
  if (current === hash) return 0
  const upsert = db.prepare(`
    INSERT INTO media_videos (id, kind, title, department, description, clip, duration_sec, sort_order)
    VALUES (@id, @kind, @title, @department, @description, @clip, @duration, @sort)
    ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, title = excluded.title,
      department = excluded.department, description = excluded.description, clip = excluded.clip,
      duration_sec = excluded.duration_sec, sort_order = excluded.sort_order`)
  const chapter = db.prepare(`
    INSERT INTO media_chapters (video_id, idx, title, start_sec, link_kind, link_id, link_name)
    VALUES (?, ?, ?, ?, ?, ?, ?)`)
  const edited = new Set(
    db.prepare<[], string>('SELECT id FROM media_videos WHERE edited_at IS NOT NULL').pluck().all(),
  )
  db.transaction(() => {
    db.exec(
      'DELETE FROM media_chapters WHERE video_id NOT IN (SELECT id FROM media_videos WHERE edited_at IS NOT NULL)',
    )
    videos.forEach((video, sort) => {
      if (edited.has(video.id)) return
      const clip = clipFor(video.chapters.length)
      upsert.run({ ...video, clip, duration: clipDuration(clip), sort })
      video.chapters.forEach((c, i) => {
        chapter.run(
          video.id,
          i + 1,
          c.title,
          chapterStart(clip, i),
          c.link.kind,
          c.link.id,
          c.link.name,
        )
      })
    })
    db.prepare(
      "INSERT INTO seed_versions (name, hash) VALUES ('media', ?) ON CONFLICT (name) DO UPDATE SET hash = excluded.hash",
    ).run(hash)
  })()
  return videos.length
}

/**
 * Lays the 政务+直播 timetable out around `now` when it is missing or has run out (nothing still
 * ahead), so a long-lived database keeps a current schedule; a re-laid session drops its old
 * reminders. A session the 管理后台 scheduled, edited or cancelled (`edited_at` set) is left
 * as it is. Returns whether it (re)scheduled.
 */
export async function seedLiveSchedule(sql: Sql, now: Date): Promise<boolean> {
  return inTransaction(sql, async () => {
    await inTurn(sql, 'live-schedule')
    const seedIds = LIVE_SCHEDULE.map((s) => s.id)
    const counts = await sql
      .selectFrom('live_sessions')
      .select((eb) => [
        eb.fn.count<number>('id').filterWhere('id', 'in', seedIds).as('stored'),
        eb.fn
          .count<number>('id')
          .filterWhere((w) =>
            w.and([w('starts_at', '>', now.toISOString()), w('cancelled_at', 'is', null)]),
          )
          .as('ahead'),
      ])
      .executeTakeFirstOrThrow()
    if (Number(counts.stored) === LIVE_SCHEDULE.length && Number(counts.ahead) > 0) return false
    const edited = new Set(
      (
        await sql
          .selectFrom('live_sessions')
          .select('id')
          .where('edited_at', 'is not', null)
          .execute()
      ).map((r) => r.id),
    )
    const relaid = seedIds.filter((id) => !edited.has(id))
    if (relaid.length > 0)
      await sql.deleteFrom('live_subscriptions').where('session_id', 'in', relaid).execute()
    for (const seed of LIVE_SCHEDULE) {
      if (edited.has(seed.id)) continue
      const { startsAt, endsAt } = scheduleAt(seed, now)
      const session = {
        title: seed.title,
        topic: seed.topic,
        host_department: seed.hostDepartment,
        starts_at: startsAt.toISOString(),
        ends_at: endsAt.toISOString(),
        feed_clip: clipFor(seed.replay.length),
        replay_video_id: replayIdOf(seed.id),
      }
      await sql
        .insertInto('live_sessions')
        .values({ id: seed.id, ...session })
        .onConflict((oc) => oc.column('id').doUpdateSet(session))
        .execute()
    }
    return true
  })
}
