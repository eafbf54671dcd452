import { createUploadRepo, type UploadRow } from '../../../mock/files/repository'
import { checkDailyQuota, MAX_UPLOADS_PER_DAY } from '../../../mock/files/quota'
import { addUser, burst, threeInstances } from '../../support/three-instances'

const since = '2026-03-01T01:00:00.000Z'
const row = (id: string): UploadRow => ({
  id,
  user_id: 'u1',
  name: `${id}.pdf`,
  mime: 'application/pdf',
  size: 1000,
  sha256: 'a'.repeat(64),
  width: null,
  height: null,
  sharpness: null,
  stored_as: `aa/${'a'.repeat(64)}`,
  created_at: '2026-03-02T01:00:00.000Z',
})

test('60 uploads at once on three instances, 5 files under the daily cap: exactly 5 stored', async () => {
  const { sqls, close } = await threeInstances()
  try {
    await addUser(sqls[0])
    const earlier = Array.from({ length: MAX_UPLOADS_PER_DAY - 5 }, (_, i) => row(`earlier-${i}`))
    await sqls[0].insertInto('uploads').values(earlier).execute()
    const results = await burst(60, sqls, (sql, i) =>
      createUploadRepo(sql).insertWithinQuota(row(`burst-${i}`), since, (used) =>
        checkDailyQuota(used, 1000),
      ),
    )
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(5)
    const used = await createUploadRepo(sqls[0]).usedSince('u1', since)
    expect(used).toEqual({ count: MAX_UPLOADS_PER_DAY, bytes: MAX_UPLOADS_PER_DAY * 1000 })
  } finally {
    await close()
  }
})
