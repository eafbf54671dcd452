// The 实施清单 import: every row validated (bad and hostile files answered in Chinese with row
// and column, never a 500), a preview that writes nothing, apply of exactly that preview in one
// transaction (409 once stale or applied), the previous version restorable, every step audited.
import iconv from 'iconv-lite'
import { buildChecksumCode } from './catalog-codes'
import { json, login, testApp } from '../helpers'
import { csvOf, exported, upload, workbookOf, type Row } from './catalog-support'

const { app, sql } = testApp()
let admin = ''
let resident = ''
let rows: Row[] = []
const byCode = (code: string) => rows.find((r) => r['实施编码'] === code) as Row

beforeAll(async () => {
  await app.ready()
  admin = await login(app, 'dev:admin-1')
  resident = await login(app, 'dev:catalog-resident')
  rows = await exported(app, admin)
})
afterAll(() => app.close())

const get = async <T>(url: string, token = resident) => {
  const res = await app.inject({
    method: 'GET',
    url,
    headers: { authorization: `Bearer ${token}` },
  })
  return {
    status: res.statusCode,
    body: json<{ data: T; error?: { code: string; message: string } }>(res),
  }
}
const post = async <T>(url: string, token = admin) => {
  const res = await app.inject({
    method: 'POST',
    url,
    headers: { authorization: `Bearer ${token}`, 'idempotency-key': crypto.randomUUID() },
    payload: {},
  })
  return {
    status: res.statusCode,
    body: json<{ data: T; error?: { code: string; message: string } }>(res),
  }
}

test('the export is the whole catalog, one row per 实施编码, and reads back unchanged', async () => {
  const count = await sql
    .selectFrom('catalog_items')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirst()
  expect(rows).toHaveLength(Number(count?.n))
  const first = rows[0] as Row
  expect(first['实施编码']).toMatch(/^[0-9A-Z]{30}$/)
  expect(first['状态']).toBe('在用')
  const again = await upload(app, admin, '未修改.xlsx', await workbookOf(rows.slice(0, 50)))
  expect(again.status).toBe(201)
  expect(again.data?.counts).toMatchObject({
    rows: 50,
    new: 0,
    changed: 0,
    retired: 0,
    unchanged: 50,
  })
})

describe('a file that cannot be taken is refused with what to fix', () => {
  const refused = async (data: Buffer, name = 'x.xlsx') => {
    const answer = await upload(app, admin, name, data)
    expect(answer.status).toBeLessThan(500)
    expect(answer.status).toBeGreaterThanOrEqual(400)
    return answer.error as { code: string; message: string; fields?: Record<string, string> }
  }

  test.each([
    ['empty', Buffer.alloc(0), '空'],
    ['a PNG', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), '不是Excel表格'],
    ['a broken zip', Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(200, 7)]), '无法读取'],
    ['a text without the header', Buffer.from('随便写的一段话\n第二行'), '表头'],
  ])('%s', async (_what, data, words) => {
    const error = await refused(data)
    expect(error.code).toBe('CATALOG_SHEET_INVALID')
    expect(error.message).toContain(words)
  })

  test('a missing column is named', async () => {
    const columns = ['实施编码', '事项名称', '事项类型']
    const error = await refused(await workbookOf([byCode(rows[0]?.['实施编码'] ?? '')], columns))
    expect(error.message).toContain('缺少列')
    expect(error.message).toContain('实施主体')
  })

  test('oversized and too many rows', async () => {
    expect((await refused(Buffer.alloc(9 * 1024 * 1024, 65), 'big.csv')).message).toContain('8MB')
    const many = csvOf(Array.from({ length: 10_001 }, () => ({ 实施编码: 'X' })))
    expect((await refused(Buffer.from(many), 'many.csv')).message).toContain('最多导入10000行')
  })

  test('formulas, control characters, bad check characters, unknown references and duplicates: each by row and column', async () => {
    const [a, b, c, d] = rows as [Row, Row, Row, Row]
    const code = a['实施编码'] ?? ''
    const badCheck = `${code.slice(0, 17)}${code[17] === '0' ? '1' : '0'}${code.slice(18)}`
    const data = await workbookOf([
      { ...a, 事项名称: { formula: 'HYPERLINK("http://evil.example","点我")', result: '点我' } },
      { ...b, 申请条件: { richText: [{ text: '正常条件' }, { text: '\u200e看不见的方向符' }] } },
      { ...c, 实施编码: badCheck },
      { ...d, 材料: '不存在的材料', 地点: '火星办事处｜1号窗口', 承诺时限: '三天' },
      { ...a, 投诉电话: '=cmd|" /C calc"!A0' },
    ])
    const error = await refused(data)
    expect(error.code).toBe('CATALOG_ROWS_INVALID')
    const fields = error.fields ?? {}
    expect(fields['第2行·事项名称']).toContain('公式')
    expect(fields['第3行·申请条件']).toContain('控制字符')
    expect(fields['第4行·实施编码']).toContain('校验码')
    expect(fields['第5行·材料']).toContain('不在材料库中')
    expect(fields['第5行·地点']).toContain('不是已登记的服务网点')
    expect(fields['第5行·承诺时限']).toContain('工作日')
    expect(fields['第6行·实施编码']).toContain('与第2行重复')
    expect(error.message).toMatch(/^实施清单有\d+处需要修改：第2行/)
  })

  test('control characters in a CSV are refused by row and column', async () => {
    const csv = csvOf([{ ...(rows[0] as Row), 收费: '不收费\u0007' }])
    const error = await refused(Buffer.from(csv), 'bell.csv')
    expect(error.fields?.['第2行·收费']).toContain('控制字符')
  })

  test('a CSV saved by Excel on Chinese Windows (GB18030) reads as well', async () => {
    const text = csvOf(rows.slice(0, 3))
    const answer = await upload(app, admin, 'gbk.csv', iconv.encode(text, 'gb18030'))
    expect(answer.status).toBe(201)
    expect(answer.data?.counts).toMatchObject({ rows: 3, unchanged: 3 })
  })

  test('only administrators may upload or export', async () => {
    const data = await workbookOf(rows.slice(0, 1))
    expect((await upload(app, undefined, 'x.xlsx', data)).status).toBe(401)
    expect((await upload(app, resident, 'x.xlsx', data)).status).toBe(403)
    expect((await get('/api/v1/admin/catalog/export', resident)).status).toBe(403)
  })
})

describe('preview → apply → restore', () => {
  let changed: Row
  let retired: Row
  let added: Row
  let previewId = ''

  beforeAll(() => {
    const hand = rows.filter((r) => r['示例'] !== '是')
    changed = {
      ...(hand[0] as Row),
      事项名称: '企业开办（公司设立登记·导入测试）',
      承诺时限: '1个工作日',
    }
    retired = { ...(hand[1] as Row), 状态: '废止', 生效日期: '2026-03-01' }
    const base = hand[2] as Row
    added = {
      ...base,
      实施编码: buildChecksumCode(base['实施编码'] ?? '', 987),
      事项名称: '导入新增的测试事项',
      状态: '新增',
    }
  })

  test('the preview lists new, changed (field by field) and retired, and writes nothing', async () => {
    const before = await sql
      .selectFrom('catalog_version')
      .select('version')
      .executeTakeFirstOrThrow()
    const answer = await upload(
      app,
      admin,
      '实施清单.xlsx',
      await workbookOf([changed, retired, added, rows[3] as Row]),
    )
    expect(answer.status).toBe(201)
    const preview = answer.data
    if (!preview) throw new Error('no preview')
    previewId = preview.id
    expect(preview.counts).toMatchObject({ rows: 4, new: 1, changed: 1, retired: 1, unchanged: 1 })
    const change = preview.changes.find((c) => c.kind === 'changed')
    expect(change?.fields).toEqual(
      expect.arrayContaining([
        {
          column: '事项名称',
          before: rows.find((r) => r['实施编码'] === changed['实施编码'])?.['事项名称'],
          after: changed['事项名称'],
        },
        expect.objectContaining({ column: '承诺时限', after: '1个工作日' }),
      ]),
    )
    expect(preview.changes.find((c) => c.kind === 'retired')?.fields).toEqual(
      expect.arrayContaining([{ column: '状态', before: '在用', after: '废止' }]),
    )
    const after = await sql
      .selectFrom('catalog_version')
      .select('version')
      .executeTakeFirstOrThrow()
    expect(after.version).toBe(before.version)
    const again = await get<{ counts: object }>(
      `/api/v1/admin/catalog/imports/${preview.id}`,
      admin,
    )
    expect(again.body.data.counts).toEqual(preview.counts)
  })

  test('apply writes it in one go; the app sees it at once; a second apply is refused', async () => {
    const applied = await post<{
      new: number
      changed: number
      retired: number
      snapshotId: string
    }>(`/api/v1/admin/catalog/imports/${previewId}/apply`)
    expect(applied.status).toBe(200)
    expect(applied.body.data).toMatchObject({ new: 1, changed: 1, retired: 1 })

    const search = await get<{ hits: { item: { name: string } }[] }>(
      `/api/v1/catalog/search?q=${encodeURIComponent('导入测试')}`,
    )
    expect(search.body.data.hits.map((h) => h.item.name)).toContain(changed['事项名称'])
    const retiredItem = await sql
      .selectFrom('catalog_items')
      .select(['id', 'name'])
      .where('code', '=', retired['实施编码'] as string)
      .executeTakeFirstOrThrow()
    const guide = await get(`/api/v1/catalog/items/${retiredItem.id}`)
    expect(guide.status).toBe(404)
    expect(guide.body.error?.message).toBe('该事项已于2026年3月1日废止，请返回重新搜索现行事项')
    const gone = await get<{ hits: { item: { id: string } }[] }>(
      `/api/v1/catalog/search?q=${encodeURIComponent(retiredItem.name)}`,
    )
    expect(gone.body.data.hits.map((h) => h.item.id)).not.toContain(retiredItem.id)
    const newGuide = await sql
      .selectFrom('catalog_items')
      .select(['id', 'sample', 'updated_on'])
      .where('code', '=', added['实施编码'] as string)
      .executeTakeFirstOrThrow()
    expect(newGuide).toMatchObject({ sample: 0, updated_on: '2026-03-02' })

    const twice = await post(`/api/v1/admin/catalog/imports/${previewId}/apply`)
    expect(twice.status).toBe(409)
    expect(twice.body.error?.code).toBe('CATALOG_PREVIEW_APPLIED')

    const audit = await sql
      .selectFrom('admin_audit')
      .selectAll()
      .where('action', '=', 'catalog.imported')
      .execute()
    expect(audit).toHaveLength(1)
    expect(audit[0]?.summary).toBe('导入实施清单“实施清单.xlsx”：新增1项，变更1项，废止1项')
    expect(
      await sql.selectFrom('catalog_console').select('owned_by').executeTakeFirst(),
    ).toMatchObject({ owned_by: expect.any(String) })
  })

  test('a preview made before another change is stale: 409 asks to preview again', async () => {
    const row = { ...(rows[5] as Row), 收费: '按标准收费（测试）' }
    const first = await upload(app, admin, 'a.xlsx', await workbookOf([row]))
    const second = await upload(
      app,
      admin,
      'b.xlsx',
      await workbookOf([{ ...row, 收费: '另一种收费' }]),
    )
    expect((await post(`/api/v1/admin/catalog/imports/${first.data?.id}/apply`)).status).toBe(200)
    const stale = await post(`/api/v1/admin/catalog/imports/${second.data?.id}/apply`)
    expect(stale.status).toBe(409)
    expect(stale.body.error).toMatchObject({ code: 'CATALOG_PREVIEW_STALE' })
    expect(stale.body.error?.message).toContain('重新上传')
  })

  test('restoring the previous version puts the replaced items back and removes the added one', async () => {
    const list = await get<{ items: { id: string; restoredAt: string | null }[] }>(
      '/api/v1/admin/catalog/snapshots',
      admin,
    )
    const oldest = list.body.data.items.at(-1)
    if (!oldest) throw new Error('no snapshot')
    const restored = await post<{ items: number }>(
      `/api/v1/admin/catalog/snapshots/${oldest.id}/restore`,
    )
    expect(restored.status).toBe(200)
    const names = await sql
      .selectFrom('catalog_items')
      .select(['code', 'name', 'retired_on'])
      .where('code', 'in', [
        changed['实施编码'] as string,
        retired['实施编码'] as string,
        added['实施编码'] as string,
      ])
      .execute()
    expect(names).toHaveLength(2)
    expect(names.find((n) => n.code === changed['实施编码'])?.name).toBe(
      rows.find((r) => r['实施编码'] === changed['实施编码'])?.['事项名称'],
    )
    expect(names.find((n) => n.code === retired['实施编码'])?.retired_on).toBeNull()
    expect((await post(`/api/v1/admin/catalog/snapshots/${oldest.id}/restore`)).status).toBe(409)
    const audit = await sql
      .selectFrom('admin_audit')
      .select('action')
      .where('action', '=', 'catalog.restored')
      .execute()
    expect(audit).toHaveLength(1)
  })
})
