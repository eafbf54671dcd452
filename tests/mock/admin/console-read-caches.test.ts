// The console reads kept per version (the video list per media version; a guide and the 一件事
// list per catalog version; the 一码通 zones and walls per qr version, migration 40): once warm,
// a write from any process — straight to the database here — shows in the next answer.
import type {
  AdminQrZone,
  AdminVideoPage,
  ConsoleBundle,
  ConsoleGuide,
  QrWallSheet,
} from '../../../src/services/contract'
import { login, testApp } from '../helpers'
import { send } from './support'

const started = testApp()
let admin = ''
beforeAll(async () => {
  await started.app.ready()
  admin = await login(started.app, 'dev:admin-1')
})
afterAll(() => started.app.close())

const get = async <T>(url: string) => {
  const answer = await send<T>(started.app, 'GET', url, { token: admin })
  expect(answer.status).toBe(200)
  return answer.data
}

test('the video list shows a title and a chapter written by another process at once', async () => {
  const list = () => get<AdminVideoPage>('/api/v1/admin/media/videos')
  const warm = await list()
  expect(await list()).toEqual(warm)
  const video = warm.items.find((v) => v.chapters.length > 0)
  if (!video) throw new Error('no video with chapters')
  await started.sql
    .updateTable('media_videos')
    .set({ title: '示例 另一进程改的标题' })
    .where('id', '=', video.id)
    .execute()
  await started.sql
    .updateTable('media_chapters')
    .set({ title: '示例 另一进程改的章节' })
    .where('video_id', '=', video.id)
    .where('idx', '=', video.chapters[0]?.index ?? 0)
    .execute()
  const after = (await list()).items.find((v) => v.id === video.id)
  expect(after?.title).toBe('示例 另一进程改的标题')
  expect(after?.chapters[0]?.title).toBe('示例 另一进程改的章节')
})

test('a guide and the 一件事 list show an item renamed by another process at once', async () => {
  const bundles = async () =>
    (await get<{ items: ConsoleBundle[] }>('/api/v1/admin/catalog/bundles')).items
  const warmBundles = await bundles()
  expect(await bundles()).toEqual(warmBundles)
  const member = warmBundles[0]?.items[0]
  if (!member) throw new Error('no 一件事 with items')
  const guide = () => get<ConsoleGuide>(`/api/v1/admin/catalog/items/${member.id}`)
  const warmGuide = await guide()
  expect(await guide()).toEqual(warmGuide)

  await started.sql
    .updateTable('catalog_items')
    .set({ name: '示例 另一进程改的事项名' })
    .where('id', '=', member.id)
    .execute()
  expect((await guide()).item.name).toBe('示例 另一进程改的事项名')
  expect((await bundles())[0]?.items[0]?.name).toBe('示例 另一进程改的事项名')
})

test('the zone list and a printed wall show a zone, a code and a point renamed by another process at once', async () => {
  const zones = async () => (await get<{ items: AdminQrZone[] }>('/api/v1/admin/qr/zones')).items
  const warm = await zones()
  expect(await zones()).toEqual(warm)
  const zone = warm.find((z) => z.codes.length > 1)
  const code = zone?.codes.find((c) => c.kind !== 'zone' && c.revokedAt === null)
  if (!zone || !code) throw new Error('no zone with a code in force')
  const wall = () => get<QrWallSheet>(`/api/v1/admin/qr/zones/${zone.id}/wall`)
  const warmWall = await wall()
  expect(await wall()).toEqual(warmWall)

  await started.sql
    .updateTable('qr_zones')
    .set({ name: '示例 另一进程改的专区' })
    .where('id', '=', zone.id)
    .execute()
  await started.sql
    .updateTable('qr_codes')
    .set({ title: '示例 另一进程改的码' })
    .where('id', '=', code.id)
    .execute()
  const after = (await zones()).find((z) => z.id === zone.id)
  expect(after?.name).toBe('示例 另一进程改的专区')
  expect(after?.codes.find((c) => c.id === code.id)?.title).toBe('示例 另一进程改的码')
  const printed = await wall()
  expect(printed.zone).toBe('示例 另一进程改的专区')
  expect(printed.codes.map((c) => c.title)).toContain('示例 另一进程改的码')
  expect(printed.html).toContain('示例 另一进程改的码')

  await started.sql
    .updateTable('service_points')
    .set({ name: '示例 另一进程改的网点' })
    .where('id', '=', zone.pointId)
    .execute()
  expect((await zones()).find((z) => z.id === zone.id)?.pointName).toBe('示例 另一进程改的网点')
})
