// What the read routes keep per catalog (or media) version is never older than the database: a
// write from any process — here straight into the tables, as another server would — shows at
// once, and what a transaction read before rolling back is never served.
import type { FastifyInstance } from 'fastify'
import { inTransaction, type Sql } from '../../../mock/db/engine'
import { createServicePointRepo } from '../../../mock/modules/points/repository'
import { authed, json, login, testApp } from '../helpers'

const POINT = 'sp-qs-center'
type Data<T> = { data: T }

describe('read caches follow every write', () => {
  let app: FastifyInstance
  let sql: Sql
  let token: string
  beforeAll(async () => {
    const made = testApp()
    app = made.app
    sql = made.sql
    await app.ready()
    token = await login(app)
  })
  afterAll(() => app.close())

  const get = async <T>(url: string) => {
    const response = await app.inject(authed(token, { method: 'GET', url }))
    return { status: response.statusCode, body: json<Data<T>>(response) }
  }
  const pointName = async () =>
    (await get<{ name: string }>(`/api/v1/service-points/${POINT}`)).body.data.name

  it('shows a point, its features and a material renamed in the tables at once', async () => {
    const before = await pointName()
    const { data: list } = (
      await get<{ items: { id: string; features: string[] }[] }>('/api/v1/service-points')
    ).body
    const itemId = (await firstItemAt(sql, POINT)) ?? ''
    const { data: guide } = (
      await get<{ places: { pointId: string; name: string }[] }>(`/api/v1/catalog/items/${itemId}`)
    ).body
    expect(guide.places.some((p) => p.pointId === POINT && p.name === before)).toBe(true)

    await sql
      .updateTable('service_points')
      .set({ name: '示例改名中心' })
      .where('id', '=', POINT)
      .execute()
    expect(await pointName()).toBe('示例改名中心')
    const again = await get<{ places: { pointId: string; name: string }[] }>(
      `/api/v1/catalog/items/${itemId}`,
    )
    expect(again.body.data.places.find((p) => p.pointId === POINT)?.name).toBe('示例改名中心')

    const features = list.items.find((p) => p.id === POINT)?.features ?? []
    await sql
      .updateTable('service_point_features')
      .set({ feature: '示例新特色' })
      .where('point_id', '=', POINT)
      .where('position', '=', 0)
      .execute()
    const relisted = await get<{ items: { id: string; features: string[] }[] }>(
      '/api/v1/service-points',
    )
    expect(relisted.body.data.items.find((p) => p.id === POINT)?.features).toEqual([
      '示例新特色',
      ...features.slice(1),
    ])

    const material = await sql
      .selectFrom('catalog_item_materials')
      .select(['item_id', 'material_id'])
      .limit(1)
      .executeTakeFirstOrThrow()
    const read = async () =>
      (
        await get<{ materials: { id: string; name: string }[] }>(
          `/api/v1/catalog/items/${material.item_id}`,
        )
      ).body.data.materials.find((m) => m.id === material.material_id)?.name
    expect(await read()).toBeDefined()
    await sql
      .updateTable('catalog_materials')
      .set({ name: '示例改名材料' })
      .where('id', '=', material.material_id)
      .execute()
    expect(await read()).toBe('示例改名材料')
  })

  it('never keeps what a rolled-back transaction read', async () => {
    const repo = createServicePointRepo(sql)
    const name = (await repo.findById(POINT))?.name
    await expect(
      inTransaction(sql, async () => {
        await sql
          .updateTable('service_points')
          .set({ name: '示例未提交' })
          .where('id', '=', POINT)
          .execute()
        expect((await repo.findById(POINT))?.name).toBe('示例未提交')
        throw new Error('roll back')
      }),
    ).rejects.toThrow('roll back')
    expect((await repo.findById(POINT))?.name).toBe(name)
    // The next write takes the version number the rolled-back one had: its own rows are served.
    await sql
      .updateTable('service_points')
      .set({ name: '示例已提交' })
      .where('id', '=', POINT)
      .execute()
    expect((await repo.findById(POINT))?.name).toBe('示例已提交')
  })

  it('takes a video off and renames a chapter for residents at once', async () => {
    type Page = { items: { id: string }[]; total: number }
    const first = (await get<Page>('/api/v1/media/videos')).body.data
    const id = first.items[0]?.id ?? ''
    type Detail = { chapters: { index: number; title: string }[] }
    const detail = (await get<Detail>(`/api/v1/media/videos/${id}`)).body.data
    const chapter = detail.chapters[0]
    expect(chapter).toBeDefined()
    await sql
      .updateTable('media_chapters')
      .set({ title: '示例新章节' })
      .where('video_id', '=', id)
      .where('idx', '=', chapter?.index ?? 0)
      .execute()
    expect((await get<Detail>(`/api/v1/media/videos/${id}`)).body.data.chapters[0]?.title).toBe(
      '示例新章节',
    )
    await sql
      .updateTable('media_videos')
      .set({ hidden_at: '2026-03-02T01:00:00.000Z' })
      .where('id', '=', id)
      .execute()
    expect((await get(`/api/v1/media/videos/${id}`)).status).toBe(404)
    const after = (await get<Page>('/api/v1/media/videos')).body.data
    expect(after.total).toBe(first.total - 1)
    expect(after.items.map((v) => v.id)).not.toContain(id)
  })
})

async function firstItemAt(sql: Sql, pointId: string): Promise<string | undefined> {
  const row = await sql
    .selectFrom('catalog_item_points as ip')
    .innerJoin('catalog_items as i', 'i.id', 'ip.item_id')
    .select('ip.item_id')
    .where('ip.point_id', '=', pointId)
    .where('i.retired_on', 'is', null)
    .orderBy('ip.item_id')
    .limit(1)
    .executeTakeFirst()
  return row?.item_id
}
