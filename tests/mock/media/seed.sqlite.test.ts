import { openDatabase } from '../../../mock/db/open'
import { seedMedia } from '../../../mock/modules/media/seed'

// The media seed writes SQLite; PostgreSQL starts from a copy of a seeded SQLite database.
test('seeding the media library again changes nothing', () => {
  const db = openDatabase(':memory:')
  expect(seedMedia(db)).toBe(0)
  db.close()
})
