// The seed brings unedited policies and bank products to the data files, and never overwrites one
// an administrator edited in the console. (PostgreSQL copies the seed once, ON CONFLICT DO NOTHING.)
import { sqliteSql } from '../../../mock/db/engine'
import { openDatabase } from '../../../mock/db/open'
import { seedLoanProducts } from '../../../mock/modules/finance/seed'
import { PRODUCTS } from '../../../mock/modules/finance/products'
import { createLoanProductRepo } from '../../../mock/modules/finance/products-repository'
import { POLICIES } from '../../../mock/modules/policy/data'
import { createPolicyContentRepo } from '../../../mock/modules/policy/content-repository'
import { seedPolicies } from '../../../mock/modules/policy/seed'

const db = openDatabase(':memory:')
const sql = sqliteSql(db)
afterAll(() => sql.destroy())

const titleOf = async (id: string) => {
  const row = await createPolicyContentRepo(sql).find(id)
  return row?.published_json ? (JSON.parse(row.published_json) as { title: string }).title : null
}

test('policies: a changed file updates the unedited policy as a new version, never the edited one', async () => {
  const repo = createPolicyContentRepo(sql)
  const edited = await repo.find('qs-startup-rent')
  if (!edited?.published_json) throw new Error('seeded policy missing')
  const consoleVersion = { ...JSON.parse(edited.published_json), title: '房租补贴（后台修改）' }
  await repo.publish(
    edited.id,
    edited.version,
    edited.level,
    JSON.stringify(consoleVersion),
    '2026-03-02T01:00:00Z',
    'admin',
    true,
  )
  const before = await repo.version()

  expect(seedPolicies(db)).toBe(0) // unchanged files write nothing
  const changed = POLICIES.map((p) =>
    p.id === 'qs-startup-rent' || p.id === 'qs-new-enterprise'
      ? { ...p, title: `${p.title}（新文件）` }
      : p,
  )
  expect(seedPolicies(db, changed)).toBe(1)
  expect(await titleOf('qs-startup-rent')).toBe('房租补贴（后台修改）')
  expect(await titleOf('qs-new-enterprise')).toMatch(/（新文件）$/)
  expect((await repo.find('qs-new-enterprise'))?.version).toBe(2)
  expect((await repo.history('qs-new-enterprise')).map((h) => h.version)).toEqual([2, 1])
  expect(await repo.version()).toBe(before + 1)
})

test('bank products: the seed leaves an edited or withdrawn product as the console left it', async () => {
  const repo = createLoanProductRepo(sql)
  await repo.setShelf('abc-tax-credit', false, '2026-03-02T01:00:00Z')
  const changed = PRODUCTS.map((p) => ({ ...p, rateText: `${p.rateText}（新文件）` }))
  expect(seedLoanProducts(db, changed)).toBe(PRODUCTS.length - 1)
  const edited = await repo.find('abc-tax-credit')
  expect(edited?.on_shelf).toBe(0)
  expect(edited?.product_json).not.toMatch(/新文件/)
  expect((await repo.find('hx-tech-credit'))?.product_json).toMatch(/新文件/)
})
