import Database from 'better-sqlite3'
import { migrate } from '../../../mock/db/migrations'
import { seedMedia } from '../../../mock/modules/media/seed'

test('a changed video seed never overwrites a video or its chapters the console edited', () => {
  const db = new Database(':memory:')
  migrate(db)
  seedMedia(db)
  const id =
    db
      .prepare<[], string>("SELECT id FROM media_videos WHERE kind = 'tutorial' LIMIT 1")
      .pluck()
      .get() ?? ''
  db.prepare("UPDATE media_videos SET title = '后台标题', edited_at = 't' WHERE id = ?").run(id)
  db.prepare("UPDATE media_chapters SET title = '后台章节' WHERE video_id = ? AND idx = 1").run(id)
  db.prepare("UPDATE media_videos SET title = '手工改动' WHERE id != ? AND kind = 'tutorial'").run(
    id,
  )
  // As if the seed files changed: the next start re-applies them.
  db.prepare("DELETE FROM seed_versions WHERE name = 'media'").run()
  expect(seedMedia(db)).toBeGreaterThan(0)
  const title = (videoId: string) =>
    db.prepare<[string], string>('SELECT title FROM media_videos WHERE id = ?').pluck().get(videoId)
  expect(title(id)).toBe('后台标题')
  expect(
    db
      .prepare<[string], string>('SELECT title FROM media_chapters WHERE video_id = ? AND idx = 1')
      .pluck()
      .get(id),
  ).toBe('后台章节')
  const others = db
    .prepare<[string], string>(
      "SELECT title FROM media_videos WHERE id != ? AND title = '手工改动'",
    )
    .pluck()
    .all(id)
  expect(others).toEqual([])
  db.close()
})
