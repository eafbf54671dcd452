import {
  EMPTY_PROFILE_FORM,
  type CreditResult,
  type LoanApplication,
  type LoanApplicationList,
  type LoanProduct,
} from '../../src/services/contract'
import { statementsOf } from './cases/statements'
import { actAsFirm, authed, FIRMS, json, login, testApp, type ErrorJson } from './helpers'

const { app, clock } = testApp()
let owner: string
let stranger: string
let abc: string
let hx: string
beforeAll(async () => {
  owner = await login(app, 'dev:finance-owner')
  stranger = await login(app, 'dev:finance-stranger')
  abc = await login(app, 'dev:bank-abc')
  hx = await login(app, 'dev:bank-hx')
})
afterAll(() => app.close())

let keyCounter = 0
const post = (token: string, url: string, payload: object, creates = true) =>
  app.inject(
    authed(token, {
      method: 'POST',
      url,
      payload,
      headers: creates ? { 'idempotency-key': `finance-key-${++keyCounter}` } : {},
    }),
  )
const get = (token: string, url: string) => app.inject(authed(token, { method: 'GET', url }))

const strong = {
  years: 'gt5',
  revenue: '500to2000',
  taxRating: 'A',
  overdue: 'none',
  collateral: 'yes',
  qualification: 'none',
}
const assess = async (body: object) =>
  json<{ data: CreditResult }>(await post(owner, '/api/v1/finance/credit-assessments', body, false))
    .data

test('products of the 政银合作 banks, with ranges and conditions', async () => {
  const { items } = json<{ data: { items: LoanProduct[] } }>(
    await get(owner, '/api/v1/finance/products'),
  ).data
  expect(items.map((p) => p.kindName)).toEqual(['创业担保贷款', '信用贷', '抵押贷', '信用贷'])
  expect(new Set(items.map((p) => p.bank))).toEqual(
    new Set(['中国农业银行包头青山支行', '华夏银行包头分行']),
  )
  for (const p of items) expect(p.amountMax).toBeGreaterThan(p.amountMin)
})

test('the grade comes with the factors that raised or lowered it, and matching products', async () => {
  const good = await assess(strong)
  expect(good).toMatchObject({ score: 100, grade: 'A' })
  expect(good.factors.map((f) => [f.text, f.effect])).toContainEqual(['纳税信用A级', 'up'])
  expect(good.matches.find((m) => m.product.id === 'abc-tax-credit')?.eligible).toBe(true)
  expect(good.matches.find((m) => m.product.id === 'hx-tech-credit')).toMatchObject({
    eligible: false,
    reason: '仅面向高新技术企业或专精特新中小企业',
  })

  const weak = await assess({
    ...strong,
    years: 'lt1',
    taxRating: 'C',
    overdue: 'once',
    collateral: 'no',
  })
  expect(weak.grade).toBe('D') // 60 - 10 + 10 - 10 - 10 = 40
  expect(weak.factors.filter((f) => f.effect === 'down').map((f) => f.text)).toEqual([
    '成立不满1年，经营记录较短',
    '纳税信用C级',
    '近两年有1次逾期',
  ])
  expect(weak.matches.every((m) => !m.eligible)).toBe(true)
})

test('bad answers are refused in words', async () => {
  const res = await post(
    owner,
    '/api/v1/finance/credit-assessments',
    { ...strong, taxRating: 'AAA' },
    false,
  )
  expect(res.statusCode).toBe(400)
  expect(json<ErrorJson>(res).error.fields?.taxRating).toBe('请选择纳税信用等级')
})

const apply = (token: string, extra: object = {}) =>
  post(token, '/api/v1/finance/applications', {
    productId: 'abc-tax-credit',
    amount: '50',
    purpose: '采购原材料',
    materialsReady: 'yes',
    ...extra,
  })

test('an application needs the 法人 identity, an amount in range and the materials confirmed', async () => {
  const personal = await apply(owner)
  expect(personal.statusCode).toBe(409)
  expect(json<ErrorJson>(personal).error.code).toBe('ENTERPRISE_REQUIRED')

  await actAsFirm(app, owner, FIRMS.maker)
  // The assessments above were made as 个人: they say nothing about the firm.
  const unassessed = await apply(owner)
  expect(unassessed.statusCode).toBe(409)
  expect(json<ErrorJson>(unassessed).error).toMatchObject({
    code: 'CREDIT_ASSESSMENT_REQUIRED',
    message: expect.stringContaining('信用自评'),
  })

  expect((await assess({ ...strong, taxRating: 'C', overdue: 'once' })).grade).toBe('C')
  // A grade the client sends is not what the bank sees: the server's stored one counts.
  const lowGrade = await apply(owner, { grade: 'A' })
  expect(json<ErrorJson>(lowGrade).error.code).toBe('GRADE_TOO_LOW')

  expect((await assess(strong)).grade).toBe('A')
  const tooBig = await apply(owner, { amount: '900' })
  expect(json<ErrorJson>(tooBig).error.fields?.amount).toBe('该产品额度为10万至300万元，请调整金额')
  const notReady = await apply(owner, { materialsReady: 'no' })
  expect(json<ErrorJson>(notReady).error.fields?.materialsReady).toBe('请先备齐并确认全部申请材料')
})

test('the bank sees it, accepts once; the applicant sees the progress; others see nothing', async () => {
  const created = await apply(owner)
  expect(created.statusCode).toBe(201)
  const application = json<{ data: LoanApplication }>(created).data
  expect(application).toMatchObject({
    status: 'submitted',
    enterpriseName: FIRMS.maker.name,
    grade: 'A',
    canDecide: false,
  })

  const desk = json<{ data: LoanApplicationList }>(
    await get(abc, '/api/v1/finance/bank/applications'),
  ).data
  expect(desk.items.find((a) => a.id === application.id)?.canDecide).toBe(true)
  const otherBank = json<{ data: LoanApplicationList }>(
    await get(hx, '/api/v1/finance/bank/applications'),
  ).data
  expect(otherBank.items.map((a) => a.id)).not.toContain(application.id)
  expect((await get(hx, `/api/v1/finance/applications/${application.id}`)).statusCode).toBe(404)
  expect((await get(stranger, `/api/v1/finance/applications/${application.id}`)).statusCode).toBe(
    404,
  )
  expect((await get(stranger, '/api/v1/finance/bank/applications')).statusCode).toBe(403)

  const decision = (token: string, decisionValue = 'accepted') =>
    post(
      token,
      `/api/v1/finance/applications/${application.id}/decision`,
      { decision: decisionValue, note: '资料齐全，客户经理3个工作日内上门' },
      false,
    )
  expect((await decision(hx)).statusCode).toBe(404)
  expect((await decision(owner)).statusCode).toBe(403)
  const [first, second] = await Promise.all([decision(abc), decision(abc, 'declined')])
  expect([first?.statusCode, second?.statusCode].sort()).toEqual([200, 409])

  const seen = json<{ data: LoanApplication }>(
    await get(owner, `/api/v1/finance/applications/${application.id}`),
  ).data
  expect(seen.status).toBe(first?.statusCode === 200 ? 'accepted' : 'declined')
  expect(seen.decisionNote).toBe('资料齐全，客户经理3个工作日内上门')
  const mine = json<{ data: LoanApplicationList }>(
    await get(owner, '/api/v1/finance/applications'),
  ).data
  expect(mine.items.map((a) => a.id)).toContain(application.id)
})

test('a self-assessment older than 90 days no longer carries an application', async () => {
  clock.advance(91 * 86_400_000)
  owner = await login(app, 'dev:finance-owner') // the session has expired by then
  const stale = await apply(owner)
  expect(stale.statusCode).toBe(409)
  expect(json<ErrorJson>(stale).error.code).toBe('CREDIT_ASSESSMENT_REQUIRED')
  expect((await assess(strong)).grade).toBe('A')
  expect((await apply(owner)).statusCode).toBe(201)
})

test('成立年限 agrees with the founding date of the 企业画像, or the assessment is refused', async () => {
  const firm = await login(app, 'dev:finance-founded')
  await actAsFirm(app, firm, FIRMS.software)
  // Founded on 1 January two years before the clock's year: 2 full years, so 1至3年.
  const foundedOn = `${new Date(clock.now().getTime() + 8 * 3_600_000).getUTCFullYear() - 2}-01-01`
  const saved = await app.inject(
    authed(firm, {
      method: 'PUT',
      url: '/api/v1/policy/profile',
      payload: { ...EMPTY_PROFILE_FORM, foundedOn },
    }),
  )
  expect(saved.statusCode).toBe(200)
  const contradicting = await post(firm, '/api/v1/finance/credit-assessments', strong, false)
  expect(contradicting.statusCode).toBe(400)
  expect(json<ErrorJson>(contradicting).error.fields?.years).toBe(
    `企业画像中的成立日期是${foundedOn}，成立年限应为“1至3年”；如成立日期有误，请先在企业画像中改正`,
  )
  const agreeing = await post(
    firm,
    '/api/v1/finance/credit-assessments',
    { ...strong, years: '1to3' },
    false,
  )
  expect(agreeing.statusCode).toBe(200)
})

test('reading applications costs the session and one statement, whatever their number', async () => {
  // The clock moved 91 days on above: sign in again.
  owner = await login(app, 'dev:finance-owner')
  abc = await login(app, 'dev:bank-abc')
  const desk = () => get(abc, '/api/v1/finance/bank/applications')
  const before = json<{ data: LoanApplicationList }>(await desk()).data.items.length
  const forSome = await statementsOf(desk)
  expect((await apply(owner)).statusCode).toBe(201)
  clock.advance(60_000)
  const latest = json<{ data: LoanApplication }>(await apply(owner)).data
  let after: LoanApplicationList | undefined
  const forMore = await statementsOf(async () => {
    after = json<{ data: LoanApplicationList }>(await desk()).data
  })
  expect(after?.items).toHaveLength(before + 2)
  expect(after?.items[0]).toMatchObject({ id: latest.id, canDecide: true, bank: latest.bank })
  const page = `/api/v1/finance/applications/${latest.id}`
  let asBank: LoanApplication | undefined
  const forPage = await statementsOf(async () => {
    asBank = json<{ data: LoanApplication }>(await get(abc, page)).data
  })
  const asOwner = json<{ data: LoanApplication }>(await get(owner, page)).data
  expect(asBank).toEqual({ ...asOwner, canDecide: true })
  expect(asOwner.canDecide).toBe(false)
  if (forSome !== null) expect([forSome, forMore, forPage]).toEqual([2, 2, 2])
})
