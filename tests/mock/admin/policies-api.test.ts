// 管理后台 › 惠企政策 end to end on two app instances sharing one database (two processes): the
// console edits on one, the mini program reads on the other.
import type { FastifyInstance } from 'fastify'
import {
  EMPTY_PROFILE_FORM,
  type ConsoleAuditPage,
  type DryRun,
  type PolicyDetail,
  type PolicyEditor,
  type PolicyInput,
  type PolicyRowList,
  type PolicySubscription,
  type RuleFactList,
} from '../../../src/services/contract'
import { actAsFirm, authed, FIRMS, json, login, sharedDatabase, testApp } from '../helpers'
import { admin, inputOf } from './content-support'

const database = sharedDatabase()
let consoleApp: FastifyInstance
let appServer: FastifyInstance
let token = ''
let firm = ''

/** 示例·包头鹿城物流's profile: 27 months old on the test clock (2026-03-02), small, in 青山区. */
const LOGISTICS = {
  ...EMPTY_PROFILE_FORM,
  industryDivision: '54',
  staff: '45',
  revenue: '900',
  foundedOn: '2023-11-20',
  street: '万青路街道',
  taxCredit: 'B',
  qualifications: 'none',
  insurancePaid: 'yes',
  layoffRate: '2',
}

beforeAll(async () => {
  consoleApp = testApp({ database: database.open() }).app
  appServer = testApp({ database: database.open() }).app
  await consoleApp.ready()
  await appServer.ready()
  token = await login(consoleApp, 'dev:admin-1')
  firm = await login(appServer, 'dev:policy-console-firm')
  await actAsFirm(appServer, firm, FIRMS.software)
  await appServer.inject(
    authed(firm, { method: 'PUT', url: '/api/v1/policy/profile', payload: LOGISTICS }),
  )
})
afterAll(async () => {
  await consoleApp.close()
  await appServer.close()
  await database.remove()
})

const call = <T>(method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) =>
  admin<T>(consoleApp, token, method, url, payload)
const editorOf = async (id: string) =>
  (await call<PolicyEditor>('GET', `/api/v1/admin/policies/${id}`)).data
const seen = async (id: string) => {
  const res = await appServer.inject(
    authed(firm, { method: 'GET', url: `/api/v1/policy/matches/${id}` }),
  )
  return { status: res.statusCode, detail: json<{ data: PolicyDetail }>(res).data }
}
const audit = async (area: string) =>
  (await call<ConsoleAuditPage>('GET', `/api/v1/admin/audit?area=${area}&pageSize=50`)).data.items

/** qs-startup-rent with its 成立不满2年 raised to `months`. */
async function rentWithAge(months: number, clause: string): Promise<PolicyInput> {
  const { published } = await editorOf('qs-startup-rent')
  if (!published || !('all' in published.condition)) throw new Error('seeded rent policy missing')
  const all = published.condition.all.map((c) =>
    'fact' in c && c.fact === 'ageMonths' ? { ...c, value: months, clause } : c,
  )
  return { ...inputOf(published), condition: { all } }
}

test('lists the seeded policies by level and status, and offers every fact to the rule builder', async () => {
  const district = await call<PolicyRowList>('GET', '/api/v1/admin/policies?level=district')
  expect(district.data.items.length).toBeGreaterThanOrEqual(14)
  expect(district.data.items.every((p) => p.level === 'district' && p.status === 'published')).toBe(
    true,
  )
  expect(district.data.items[0]).toMatchObject({ version: 1, hasDraft: false, editedAt: null })
  const withdrawn = await call<PolicyRowList>('GET', '/api/v1/admin/policies?status=withdrawn')
  expect(withdrawn.data.items).toEqual([])
  const { facts } = (await call<RuleFactList>('GET', '/api/v1/admin/policies/facts')).data
  expect(facts.find((f) => f.key === 'ageMonths')).toMatchObject({
    label: '成立时间',
    kind: 'number',
  })
  expect(facts.find((f) => f.key === 'street')?.options).toContainEqual({
    value: '青福镇',
    label: '青福镇',
  })
})

test('the dry run names the 示例 enterprises a change gains and loses, as their profiles imply', async () => {
  const wider = await call<DryRun>(
    'POST',
    '/api/v1/admin/policies/qs-startup-rent/dry-run',
    await rentWithAge(36, '成立不满3年'),
  )
  expect(wider.status).toBe(200)
  const names = (change: string) =>
    wider.data.samples.filter((s) => s.change === change).map((s) => s.name)
  // 27 and 33 months old, small, in 青山区, insured: only the age stood in the way.
  expect(names('gained')).toEqual(['示例·包头鹿城物流有限公司', '示例·青山区颐康社区养老服务中心'])
  expect(names('lost')).toEqual([])
  expect(wider.data.sampleCounts).toEqual({ total: 10, before: 3, after: 5, gained: 2, lost: 0 })
  // The one saved 企业画像 (the logistics firm's) is counted, not named.
  expect(wider.data.profiles).toEqual({ total: 1, before: 0, after: 1, gained: 1, lost: 0 })

  const narrower = await call<DryRun>(
    'POST',
    '/api/v1/admin/policies/qs-startup-rent/dry-run',
    await rentWithAge(12, '成立不满1年'),
  )
  expect(narrower.data.samples.filter((s) => s.change === 'lost').map((s) => s.name)).toEqual([
    '示例·青山万达小厨餐饮店',
    '示例·包头青创科技贸易有限公司',
  ])
  expect(narrower.data.sampleCounts).toMatchObject({ before: 3, after: 1, gained: 0, lost: 2 })
})

test('a saved draft changes nothing in the app; publishing does, at once, on the other instance; both audited', async () => {
  expect((await seen('qs-startup-rent')).detail.match.status).not.toBe('full')
  const saved = await call<PolicyEditor>(
    'PUT',
    '/api/v1/admin/policies/qs-startup-rent/draft',
    await rentWithAge(36, '成立不满3年'),
  )
  expect(saved.status).toBe(200)
  expect(saved.data).toMatchObject({
    status: 'published',
    version: 1,
    draftUpdatedAt: expect.any(String),
  })
  expect((await seen('qs-startup-rent')).detail.match.status).not.toBe('full')

  const published = await call<PolicyEditor>(
    'POST',
    '/api/v1/admin/policies/qs-startup-rent/publish',
  )
  expect(published.status).toBe(200)
  expect(published.data).toMatchObject({ version: 2, draft: null })
  expect(published.data.history.map((h) => h.version)).toEqual([2, 1])
  expect(published.data.history[0]?.publishedBy).toMatchObject({ id: expect.any(String) })

  const after = await seen('qs-startup-rent')
  expect(after.detail.match.status).toBe('full')
  expect(after.detail.conditions.map((c) => c.clause)).toContain('成立不满3年')

  const rows = await audit('policy')
  const publish = rows.find((r) => r.action === 'policy.published')
  expect(publish).toMatchObject({ target: { kind: 'policy', id: 'qs-startup-rent' } })
  expect(JSON.stringify(publish?.before)).toContain('成立不满2年')
  expect(JSON.stringify(publish?.after)).toContain('成立不满3年')
  expect(rows.some((r) => r.action === 'policy.draft_saved')).toBe(true)
  // Taken over by the console: the list says so.
  const list = await call<PolicyRowList>('GET', '/api/v1/admin/policies?level=district')
  expect(list.data.items.find((p) => p.id === 'qs-startup-rent')?.editedAt).not.toBeNull()
})

test('withdrawing hides the policy from the app at once; restoring an earlier version brings it back as a new version', async () => {
  const withdrawn = await call<PolicyEditor>(
    'POST',
    '/api/v1/admin/policies/qs-startup-rent/withdraw',
    { reason: '政策到期停止执行' },
  )
  expect(withdrawn.data.status).toBe('withdrawn')
  expect((await seen('qs-startup-rent')).status).toBe(404)
  const again = await call('POST', '/api/v1/admin/policies/qs-startup-rent/withdraw', {
    reason: '再次撤回',
  })
  expect(again.error?.code).toBe('POLICY_NOT_PUBLISHED')

  const restored = await call<PolicyEditor>(
    'POST',
    '/api/v1/admin/policies/qs-startup-rent/restore',
    {
      version: 1,
    },
  )
  expect(restored.data).toMatchObject({ status: 'published', version: 3 })
  const back = await seen('qs-startup-rent')
  expect(back.status).toBe(200)
  expect(back.detail.conditions.map((c) => c.clause)).toContain('成立不满2年')
  expect(back.detail.match.status).not.toBe('full')

  const unknown = await call('POST', '/api/v1/admin/policies/qs-startup-rent/restore', {
    version: 9,
  })
  expect(unknown.error?.code).toBe('POLICY_VERSION_UNKNOWN')
  const actions = (await audit('policy')).map((r) => r.action)
  expect(actions).toEqual(expect.arrayContaining(['policy.withdrawn', 'policy.restored']))
})

test('a new policy stays a draft until published, then reaches the subscribed enterprise', async () => {
  await appServer.inject(
    authed(firm, {
      method: 'PUT',
      url: '/api/v1/policy/subscription',
      payload: { subscribed: true },
    }),
  )
  const body: PolicyInput = {
    title: '青山区物流企业稳岗示范补贴',
    level: 'district',
    department: '青山区人力资源和社会保障局',
    category: '就业创业',
    mode: 'apply',
    amount: '每户一次性2万元',
    deadline: '12-10',
    publishedOn: '2026-03-02',
    validUntil: '2026-12-31',
    summary: '青山区道路运输企业稳定就业岗位的，给予一次性补贴。',
    basis: '《青山区稳就业若干措施》',
    materials: ['营业执照', '参保缴费证明'],
    contact: '青山区人力资源和社会保障局',
    condition: {
      all: [
        { fact: 'division', op: 'in', value: ['54'], clause: '属于道路运输业' },
        { fact: 'layoffRate', op: 'lte', value: 5, clause: '上年度裁员率不高于5%' },
      ],
    },
  }
  const created = await call<PolicyEditor>('POST', '/api/v1/admin/policies', body)
  expect(created.status).toBe(201)
  expect(created.data).toMatchObject({ status: 'draft', version: 0, published: null })
  const id = created.data.id
  expect((await seen(id)).status).toBe(404)

  await call('POST', `/api/v1/admin/policies/${id}/publish`)
  expect((await seen(id)).detail.match.status).toBe('full')
  const sub = await appServer.inject(
    authed(firm, { method: 'GET', url: '/api/v1/policy/subscription' }),
  )
  const newMatches = json<{ data: PolicySubscription }>(sub).data.newMatches
  expect(newMatches.map((m) => m.policy.id)).toContain(id)
})

test('two publishes of one draft at once, on two instances: one publishes, the other is told', async () => {
  const { published } = await editorOf('qs-new-enterprise')
  if (!published) throw new Error('seeded policy missing')
  await call('PUT', '/api/v1/admin/policies/qs-new-enterprise/draft', {
    ...inputOf(published),
    amount: '按实缴注册资本的1%奖励，最高10万元',
  })
  const url = '/api/v1/admin/policies/qs-new-enterprise/publish'
  const answers = await Promise.all([
    admin(consoleApp, token, 'POST', url),
    admin(appServer, token, 'POST', url),
  ])
  expect(answers.map((a) => a.status).sort()).toEqual([200, 409])
  expect(answers.find((a) => a.status === 409)?.error?.code).toMatch(
    /^POLICY_(NO_DRAFT|CHANGED_MEANWHILE)$/,
  )
  expect((await editorOf('qs-new-enterprise')).history.map((h) => h.version)).toEqual([2, 1])
})
