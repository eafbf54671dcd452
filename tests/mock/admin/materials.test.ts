// 材料库 in the console: a district adds or edits a material without a developer; bad and
// hostile input is answered in Chinese, every write is audited, takes the catalog over (the seed
// keeps it), moves catalog_version, and an 实施清单 row can name the new material at once.
import type {
  ConsoleMaterial,
  ConsoleMaterialList,
  MaterialEdit,
} from '../../../src/services/contract'
import { catalogVersion } from '../../../mock/modules/catalog/version-cache'
import { createMaterialRepo } from '../../../mock/modules/catalog/console/material-repository'
import { login, testApp } from '../helpers'
import { exported, upload, workbookOf } from './catalog-support'
import { send } from './support'

const { app, sql } = testApp()
let admin = ''
beforeAll(async () => {
  await app.ready()
  admin = await login(app, 'dev:admin-1')
})
afterAll(() => app.close())

const get = <T>(url: string) => send<T>(app, 'GET', url, { token: admin })
const post = <T>(url: string, body: object) => send<T>(app, 'POST', url, { token: admin }, body)

const NEW: MaterialEdit = {
  name: '养犬登记证（测试新增）',
  form: '原件',
  copies: 1,
  ecert: false,
  sample: '须在有效期内',
  note: null,
}

test('a new material is listed, audited, owns the catalog and an import row can name it', async () => {
  const versionBefore = await catalogVersion(sql)
  const created = await post<ConsoleMaterial>('/api/v1/admin/catalog/materials', NEW)
  expect(created.status).toBe(200)
  expect(created.data).toMatchObject({ ...NEW, itemCount: 0 })
  expect(await catalogVersion(sql)).toBeGreaterThan(versionBefore)
  const owned = await sql.selectFrom('catalog_console').selectAll().executeTakeFirst()
  expect(owned?.owned_at).toBeTruthy() // seedCatalog (consoleOwns) leaves the catalog alone from now on
  const audit = await sql
    .selectFrom('admin_audit')
    .select(['action', 'target_id'])
    .where('action', '=', 'catalog.material_created')
    .execute()
  expect(audit).toEqual([{ action: 'catalog.material_created', target_id: created.data.id }])

  const found = await get<ConsoleMaterialList>(
    `/api/v1/admin/catalog/materials?q=${encodeURIComponent('养犬')}`,
  )
  expect(found.data.items.map((m) => m.name)).toEqual([NEW.name])

  const row = (await exported(app, admin)).find((r) => r['示例'] !== '是')
  if (!row) throw new Error('no row')
  const named = { ...row, 材料: `${row['材料']}\n${NEW.name}` }
  const preview = await upload(app, admin, '实施清单.xlsx', await workbookOf([named]))
  expect(preview.error).toBeUndefined()
  expect(preview.status).toBe(201)
  expect(preview.data?.counts).toMatchObject({ changed: 1 })
})

test('an edit changes the material everywhere; renaming onto another name is refused', async () => {
  const list = await get<ConsoleMaterialList>('/api/v1/admin/catalog/materials')
  const used = list.data.items.find((m) => m.itemCount > 0)
  const other = list.data.items.find((m) => m !== used)
  if (!used || !other) throw new Error('no materials')
  const edit: MaterialEdit = { ...used, note: '请携带原件核验（修改测试）', ecert: !used.ecert }
  const saved = await post<ConsoleMaterial>(`/api/v1/admin/catalog/materials/${used.id}`, edit)
  expect(saved.status).toBe(200)
  expect(saved.data).toMatchObject({
    note: edit.note,
    ecert: edit.ecert,
    itemCount: used.itemCount,
  })
  const audit = await sql
    .selectFrom('admin_audit')
    .select(['before_json', 'after_json'])
    .where('action', '=', 'catalog.material_edited')
    .executeTakeFirstOrThrow()
  expect(JSON.parse(audit.before_json ?? '{}')).toMatchObject({ ecert: used.ecert })
  expect(JSON.parse(audit.after_json ?? '{}')).toMatchObject({ ecert: edit.ecert })

  const clash = await post(`/api/v1/admin/catalog/materials/${used.id}`, {
    ...edit,
    name: other.name,
  })
  expect(clash.status).toBe(409)
  expect(clash.error?.code).toBe('CATALOG_MATERIAL_NAME_TAKEN')
  const missing = await post('/api/v1/admin/catalog/materials/mat-nope', NEW)
  expect(missing.status).toBe(404)

  // A rename that passed the check while another request took the name: the unique index
  // refuses it and the repository says so (a 409 to the administrator, never a 500).
  await expect(
    createMaterialRepo(sql).update(used.id, { ...edit, name: other.name }),
  ).resolves.toBe(false)
  expect(
    (
      await sql
        .selectFrom('catalog_materials')
        .select('name')
        .where('id', '=', used.id)
        .executeTakeFirstOrThrow()
    ).name,
  ).toBe(edit.name)
})

test.each([
  [
    'a duplicate name (with invisible characters around it)',
    { name: `\u200B ${NEW.name} ` },
    409,
    '已有',
  ],
  ['an empty name', { name: '  ' }, 400, '请填写材料名称'],
  ['a name too long', { name: '证'.repeat(61) }, 400, '不能超过60个字'],
  ['an unknown ecert value', { ecert: 'maybe' }, 400, '电子证照可免交'],
  ['an unknown form', { form: '传真件' }, 400, '材料形式'],
  ['copies out of range', { copies: 0 }, 400, '份数'],
  ['a note too long', { note: '注'.repeat(201) }, 400, '备注不能超过200个字'],
  ['a script as the name', { name: '<script>alert(1)</script>'.repeat(3) }, 400, '不能超过'],
  ['an array as the body', [], 400, ''],
])('%s is refused with a Chinese message', async (_case, change, status, words) => {
  const body = Array.isArray(change) ? change : { ...NEW, ...change }
  const answer = await post('/api/v1/admin/catalog/materials', body)
  expect(answer.status).toBe(status)
  expect(answer.error?.message).toMatch(/[\u4e00-\u9fff]/)
  const said = [answer.error?.message, ...Object.values(answer.error?.fields ?? {})].join(' ')
  expect(said).toContain(words)
})
