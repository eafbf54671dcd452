// The console's lists kept per the console version (migration 41): once warm, a write from
// any process — straight to the database here — shows in the next answer.
import type {
  AdminLab,
  AdminLawyer,
  AdminLoanProduct,
  ConsoleAuditPage,
  RoleAuditEntry,
  RoleGrant,
  RoleScopes,
  StaffMember,
} from '../../../src/services/contract'
import { recordChange } from '../../../mock/modules/admin/audit-repository'
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
/** Asked twice: the second answer comes from the cache and must equal the first. */
const warm = async <T>(url: string) => {
  const first = await get<T>(url)
  expect(await get<T>(url)).toEqual(first)
  return first
}
const rename = (userId: string, nickname: string) =>
  started.sql.updateTable('users').set({ nickname }).where('id', '=', userId).execute()

test('the audit log shows a change recorded by another process at once', async () => {
  const before = await warm<ConsoleAuditPage>('/api/v1/admin/audit')
  await recordChange(started.sql, {
    actorId: null,
    action: 'console.other_process',
    target: { kind: 'test', id: 't-1' },
    summary: '示例 另一进程记下的变更',
    before: null,
    after: { done: true },
    at: new Date(Date.now() + 60_000).toISOString(),
  })
  const after = await get<ConsoleAuditPage>('/api/v1/admin/audit')
  expect(after.total).toBe(before.total + 1)
  expect(after.items[0]?.summary).toBe('示例 另一进程记下的变更')
})

test('grants, their audit and the staff list show a nickname and a revocation from another process at once', async () => {
  const grants = (await warm<{ items: RoleGrant[] }>('/api/v1/admin/roles')).items
  await warm<{ items: RoleAuditEntry[] }>('/api/v1/admin/roles/audit')
  await warm<{ items: StaffMember[] }>('/api/v1/admin/staff')
  const grant = grants.find((g) => g.kind !== 'admin')
  if (!grant) throw new Error('no grant to revoke')

  await rename(grant.user.id, '示例 另一进程改的昵称')
  const renamed = (await get<{ items: RoleGrant[] }>('/api/v1/admin/roles')).items
  expect(renamed.find((g) => g.id === grant.id)?.user.nickname).toBe('示例 另一进程改的昵称')
  const staff = (await get<{ items: StaffMember[] }>('/api/v1/admin/staff')).items
  expect(staff.find((m) => m.user.id === grant.user.id)?.user.nickname).toBe(
    '示例 另一进程改的昵称',
  )

  const actor = (await warm<{ items: RoleAuditEntry[] }>('/api/v1/admin/roles/audit')).items.find(
    (entry) => entry.actor !== null,
  )?.actor
  if (actor) {
    await rename(actor.id, '示例 另一进程改的授权人')
    const audit = (await get<{ items: RoleAuditEntry[] }>('/api/v1/admin/roles/audit')).items
    expect(audit.find((entry) => entry.actor?.id === actor.id)?.actor?.nickname).toBe(
      '示例 另一进程改的授权人',
    )
  }

  await started.sql
    .updateTable('role_grants')
    .set({ revoked_at: new Date().toISOString(), revoked_by: null })
    .where('id', '=', grant.id)
    .execute()
  const live = (await get<{ items: RoleGrant[] }>('/api/v1/admin/roles')).items
  expect(live.map((g) => g.id)).not.toContain(grant.id)
  const all = (await get<{ items: RoleGrant[] }>('/api/v1/admin/roles?status=all')).items
  expect(all.find((g) => g.id === grant.id)?.revokedAt).not.toBeNull()
})

test('the role scopes show a lab and a point renamed by another process at once', async () => {
  const scopes = await warm<RoleScopes>('/api/v1/admin/role-scopes')
  const lab = scopes.lab[0]
  const point = scopes.window[0]
  if (!lab || !point) throw new Error('no lab or point to rename')
  await started.sql
    .updateTable('labs')
    .set({ name: '示例 另一进程改的机构' })
    .where('id', '=', lab.id)
    .execute()
  expect((await get<RoleScopes>('/api/v1/admin/role-scopes')).lab[0]?.name).toBe(
    '示例 另一进程改的机构',
  )
  await started.sql
    .updateTable('service_points')
    .set({ name: '示例 另一进程改的网点' })
    .where('id', '=', point.id)
    .execute()
  expect((await get<RoleScopes>('/api/v1/admin/role-scopes')).window[0]?.name).toBe(
    '示例 另一进程改的网点',
  )
})

test('labs, lawyers and loan products show a write from another process at once', async () => {
  const labs = (await warm<{ items: AdminLab[] }>('/api/v1/admin/labs')).items
  const lawyers = (await warm<{ items: AdminLawyer[] }>('/api/v1/admin/lawyers')).items
  const products = (await warm<{ items: AdminLoanProduct[] }>('/api/v1/admin/finance/products'))
    .items
  const lab = labs[0]
  const lawyer = lawyers[0]
  const product = products.find((p) => p.onShelf)
  if (!lab || !lawyer || !product) throw new Error('no lab, lawyer or product on shelf')

  await started.sql.updateTable('labs').set({ capacity: 97 }).where('id', '=', lab.id).execute()
  await started.sql
    .updateTable('lawyers')
    .set({ firm: '示例 另一进程改的律所' })
    .where('id', '=', lawyer.id)
    .execute()
  await started.sql
    .updateTable('loan_products')
    .set({ on_shelf: 0 })
    .where('id', '=', product.product.id)
    .execute()

  const labsAfter = (await get<{ items: AdminLab[] }>('/api/v1/admin/labs')).items
  expect(labsAfter.find((l) => l.id === lab.id)?.capacity).toBe(97)
  const lawyersAfter = (await get<{ items: AdminLawyer[] }>('/api/v1/admin/lawyers')).items
  expect(lawyersAfter.find((l) => l.id === lawyer.id)?.firm).toBe('示例 另一进程改的律所')
  const productsAfter = (await get<{ items: AdminLoanProduct[] }>('/api/v1/admin/finance/products'))
    .items
  expect(productsAfter.find((p) => p.product.id === product.product.id)?.onShelf).toBe(false)
})

test('the catalog snapshots show one written by another process at once', async () => {
  const before = (await warm<{ items: { id: string }[] }>('/api/v1/admin/catalog/snapshots')).items
  const at = new Date().toISOString()
  await started.sql
    .insertInto('catalog_imports')
    .values({
      id: 'imp-other-process',
      actor_id: 'admin-1',
      file_name: '示例 另一进程的实施清单.xlsx',
      base_version: 1,
      changes_json: '[]',
      summary_json: JSON.stringify({ rows: 3, new: 1, changed: 2, retired: 0, unchanged: 0 }),
      created_at: at,
      applied_at: at,
    })
    .execute()
  await started.sql
    .insertInto('catalog_snapshots')
    .values({
      id: 'snap-other-process',
      import_id: 'imp-other-process',
      rows_json: '[]',
      created_at: at,
    })
    .execute()
  const after = (await get<{ items: { id: string }[] }>('/api/v1/admin/catalog/snapshots')).items
  expect(after).toHaveLength(before.length + 1)
  expect(after[0]?.id).toBe('snap-other-process')
})
