// Policies from the console are checked, not trusted: each bad or hostile input gets a specific
// Chinese message (400, never a 500) and changes nothing.
import type { ConsoleAuditPage, PolicyEditor, PolicyInput } from '../../../src/services/contract'
import { login, testApp } from '../helpers'
import { admin, inputOf } from './content-support'

const { app } = testApp()
let token = ''
let base: PolicyInput
beforeAll(async () => {
  await app.ready()
  token = await login(app, 'dev:admin-1')
  const { data } = await admin<PolicyEditor>(
    app,
    token,
    'GET',
    '/api/v1/admin/policies/qs-startup-rent',
  )
  if (!data.published) throw new Error('seeded policy missing')
  base = inputOf(data.published)
})
afterAll(() => app.close())

const save = (body: unknown) =>
  admin<PolicyEditor>(app, token, 'PUT', '/api/v1/admin/policies/qs-startup-rent/draft', body)
const withCondition = (condition: unknown) => save({ ...base, condition })
const leaf = (fact: string, op: string, value: unknown, clause = '条款原文') => ({
  fact,
  op,
  value,
  clause,
})

const deep = (levels: number): unknown =>
  levels === 0 ? leaf('staff', 'gte', 1) : { all: [deep(levels - 1)] }

test.each([
  [
    'an unknown fact',
    leaf('employees', 'gte', 10),
    /条件 1：未知的企业信息“employees”，请从列表中选择/,
  ],
  ['a number given as text', leaf('staff', 'gte', '十'), /“从业人数”的取值应为数字/],
  [
    'an operator the fact lacks',
    leaf('street', 'gte', 3),
    /“所在街道（镇）”只能用以下运算：属于、不属于/,
  ],
  [
    'a value outside the choices',
    leaf('street', 'in', ['朝阳区']),
    /“朝阳区”不是“所在街道（镇）”的可选值/,
  ],
  [
    'a yes/no given as a number',
    leaf('insurancePaid', 'is', 1),
    /“按时足额缴纳失业保险”的取值应为“是”或“否”/,
  ],
  ['a negative count', leaf('staff', 'gte', -5), /“从业人数”不能是负数/],
  [
    'a rate above 100%',
    leaf('rdRatio', 'gte', 150),
    /“研发费用占营业收入比例”是百分比，应在0到100之间/,
  ],
  ['a fractional head count', leaf('staff', 'gte', 2.5), /“从业人数”应为整数/],
  ['between upside down', leaf('revenue', 'between', [500, 100]), /下限500高于上限100/],
  ['a clause left blank', leaf('staff', 'gte', 5, '  '), /请填写该条件在政策文件中的原文/],
  ['an empty choice', leaf('size', 'in', []), /请为“企业规模”至少选择一个取值/],
  ['an empty group', { any: [] }, /条件 1：条件组是空的，请至少添加一条条件或删除该组/],
  [
    'contradictory bounds',
    { all: [leaf('staff', 'gte', 50, '从业人数50人以上'), leaf('staff', 'lt', 10, '不满10人')] },
    /“从业人数50人以上”与“不满10人”对“从业人数”的要求互相矛盾/,
  ],
  [
    'choices that exclude each other',
    { all: [leaf('size', 'in', ['small']), leaf('size', 'notIn', ['small'])] },
    /对“企业规模”的取值要求互相矛盾/,
  ],
  [
    'a negated between',
    { not: leaf('staff', 'between', [1, 5]), clause: '不在1到5人' },
    /“介于”不能取反/,
  ],
  ['nesting too deep', deep(8), /嵌套不能超过4层/],
  [
    'too many conditions',
    { any: Array.from({ length: 500 }, () => leaf('staff', 'gte', 1)) },
    /条件不能超过40条/,
  ],
  ['not an object', 'staff >= 10', /条件 1：应为一条条件或一个条件组/],
])('%s is refused with a specific message', async (_case, condition, message) => {
  const answer = await withCondition({ all: [condition] })
  expect(answer.status).toBe(400)
  expect(answer.error?.code).toBe('POLICY_RULE_INVALID')
  expect(answer.error?.message).toMatch(message)
})

test.each([
  ['an expired 有效期', { validUntil: '2026-01-31' }, /有效期至2026-01-31已过，请延长有效期/],
  ['a 有效期 that is no date', { validUntil: '2026-02-30' }, /有效期应为 YYYY-MM-DD/],
  [
    'a deadline on a 免申即享 policy',
    { mode: 'auto', materials: [] },
    /免申即享政策没有申报截止日期/,
  ],
  ['a deadline that is no day', { deadline: '13-01' }, /申报截止日期应为每年的月-日/],
  ['a publish date in the future', { publishedOn: '2027-01-01' }, /发布日期不能晚于今天/],
  ['an application without materials', { materials: [] }, /需申报政策要列出申报材料/],
])('%s is refused', async (_case, change, message) => {
  const answer = await save({ ...base, ...change })
  expect(answer.status).toBe(400)
  expect(answer.error?.message).toMatch(message)
})

test('malformed bodies get the contract’s Chinese messages, never a 500', async () => {
  const long = await save({ ...base, title: '政'.repeat(81) })
  expect(long.status).toBe(400)
  expect(long.error?.fields?.title).toMatch(/政策名称不能超过80个字/)
  const level = await save({ ...base, level: 'galaxy' })
  expect(level.error?.fields?.level).toMatch(/请选择政策层级/)
  expect((await save([])).status).toBe(400)
  // A body trying to reach the prototype is refused by the parser itself.
  const polluted = await app.inject({
    method: 'PUT',
    url: '/api/v1/admin/policies/qs-startup-rent/draft',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    payload: `{"title":"x","condition":{"__proto__":{"fact":"staff"}}}`,
  })
  expect(polluted.statusCode).toBe(400)
  const missing = await admin(
    app,
    token,
    'PUT',
    '/api/v1/admin/policies/no-such-policy/draft',
    base,
  )
  expect(missing.status).toBe(404)
})

test('nothing refused was stored or audited; markup in a clause is kept as text', async () => {
  const { data } = await admin<PolicyEditor>(
    app,
    token,
    'GET',
    '/api/v1/admin/policies/qs-startup-rent',
  )
  expect(data.draft).toBeNull()
  const audit = await admin<ConsoleAuditPage>(app, token, 'GET', '/api/v1/admin/audit?area=policy')
  expect(audit.data.total).toBe(0)

  const markup = '<script>alert(1)</script>成立不满2年'
  const saved = await withCondition({ all: [leaf('ageMonths', 'lt', 24, markup)], extra: 'x' })
  expect(saved.status).toBe(200)
  expect(saved.data.draft?.condition).toEqual({ all: [leaf('ageMonths', 'lt', 24, markup)] })
})
