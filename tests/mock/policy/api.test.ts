import type { FastifyInstance } from 'fastify'
import {
  EMPTY_PROFILE_FORM,
  type EnterpriseProfile,
  type MatchList,
  type PolicyCalendar,
  type PolicyDetail,
  type PolicySubscription,
  type PreReview,
} from '../../../src/services/contract'
import {
  actAsFirm,
  authed,
  FIRMS,
  json,
  login,
  SOFTWARE_PROFILE,
  testApp,
  type ErrorJson,
} from '../helpers'

let counter = 0
const key = () => `policy-key-${++counter}-abcdef`

/** Signs in as the firm's verified 法定代表人, acting as the firm. */
async function asEnterprise(
  app: FastifyInstance,
  device: string,
  firm: Parameters<typeof actAsFirm>[2] = FIRMS.software,
) {
  const token = await login(app, `dev:${device}`)
  await actAsFirm(app, token, firm)
  return token
}

const put = (app: FastifyInstance, token: string, payload: object) =>
  app.inject(authed(token, { method: 'PUT', url: '/api/v1/policy/profile', payload }))
const get = (app: FastifyInstance, token: string, url: string) =>
  app.inject(authed(token, { method: 'GET', url }))

describe('policy matching API', () => {
  it('asks a 个人 identity to switch to 法人 first', async () => {
    const { app } = testApp()
    const token = await login(app, 'dev:person')
    const response = await get(app, token, '/api/v1/policy/matches')
    await app.close()
    expect(response.statusCode).toBe(409)
    expect(json<ErrorJson>(response).error).toMatchObject({
      code: 'ENTERPRISE_IDENTITY_REQUIRED',
      message: expect.stringMatching(/切换为法人身份/),
    })
  })

  it('prefills from the USCC, saves the profile and derives the size', async () => {
    const { app } = testApp()
    const token = await asEnterprise(app, 'soft')
    const empty = json<{ data: EnterpriseProfile }>(
      await get(app, token, '/api/v1/policy/profile'),
    ).data
    expect(empty).toMatchObject({
      form: EMPTY_PROFILE_FORM,
      filled: 0,
      total: 14,
      updatedAt: null,
      sizeLabel: null,
    })
    expect(empty.registration).toContainEqual({ label: '机构类别', value: '企业' })
    expect(empty.usccMasked).toMatch(/\*/)
    const saved = await put(app, token, SOFTWARE_PROFILE)
    await app.close()
    expect(saved.statusCode).toBe(200)
    expect(json<{ data: EnterpriseProfile }>(saved).data).toMatchObject({
      form: SOFTWARE_PROFILE,
      sizeLabel: '微型',
      filled: 11,
    })
  })

  it('rejects bad and hostile input field by field, in Chinese', async () => {
    const { app } = testApp()
    const token = await asEnterprise(app, 'bad')
    const response = await put(app, token, {
      ...SOFTWARE_PROFILE,
      staff: '12.5',
      revenue: '-3',
      foundedOn: '2023-02-30',
      street: "幸福路街道'; DROP TABLE enterprises;--",
      qualifications: 'hitech,hitech',
      industryDivision: '99',
      layoffRate: '101',
    })
    const huge = await put(app, token, { ...SOFTWARE_PROFILE, capital: '9'.repeat(5000) })
    const wrongType = await put(app, token, { ...SOFTWARE_PROFILE, staff: 12 })
    const stillEmpty = json<{ data: EnterpriseProfile }>(
      await get(app, token, '/api/v1/policy/profile'),
    ).data
    await app.close()
    expect(response.statusCode).toBe(400)
    expect(json<ErrorJson>(response).error.fields).toMatchObject({
      staff: expect.stringMatching(/整数/),
      revenue: expect.stringMatching(/数字/),
      foundedOn: expect.stringMatching(/营业执照/),
      street: expect.stringMatching(/选择/),
      qualifications: expect.stringMatching(/勾选/),
      industryDivision: expect.stringMatching(/门类和大类/),
      layoffRate: expect.stringMatching(/不能超过100%/),
    })
    expect(huge.statusCode).toBe(400)
    expect(wrongType.statusCode).toBe(400)
    expect(stillEmpty.updatedAt).toBeNull()
  })

  it('scores every policy, full matches first, near misses with the smallest change', async () => {
    const { app } = testApp()
    const token = await asEnterprise(app, 'match')
    const before = json<{ data: MatchList }>(await get(app, token, '/api/v1/policy/matches')).data
    expect(
      before.counts.full + before.counts.info + before.counts.partial + before.counts.none,
    ).toBeGreaterThanOrEqual(60)
    expect(before.items.some((i) => i.status === 'none')).toBe(false)
    await put(app, token, SOFTWARE_PROFILE)
    const list = json<{ data: MatchList }>(await get(app, token, '/api/v1/policy/matches')).data
    const ranks = list.items.map((i) => ['full', 'info', 'partial', 'none'].indexOf(i.status))
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b))
    const training = list.items.find((i) => i.policy.id === 'city-training')
    expect(training).toMatchObject({ status: 'partial', suggestions: ['从业人数再增加2人即可'] })
    expect(list.items.find((i) => i.policy.id === 'nat-stable-jobs')).toMatchObject({
      status: 'full',
      policy: { mode: 'auto', deadline: null },
    })
    await put(app, token, { ...SOFTWARE_PROFILE, staff: '10' })
    const after = json<{ data: MatchList }>(await get(app, token, '/api/v1/policy/matches')).data
    await app.close()
    expect(after.items.find((i) => i.policy.id === 'city-training')?.status).toBe('full')
  })

  it('explains one policy condition by condition, and 404s an unknown one', async () => {
    const { app } = testApp()
    const token = await asEnterprise(app, 'detail')
    await put(app, token, SOFTWARE_PROFILE)
    const detail = json<{ data: PolicyDetail }>(
      await get(app, token, '/api/v1/policy/matches/city-training'),
    ).data
    const missing = await get(app, token, '/api/v1/policy/matches/nope')
    await app.close()
    expect(detail.conditions).toEqual([
      expect.objectContaining({
        clause: '依法参加失业保险并按时足额缴纳',
        status: 'met',
        actual: '按时足额缴纳失业保险：是',
      }),
      expect.objectContaining({
        clause: '参保职工10人以上',
        status: 'unmet',
        actual: '从业人数：8人',
        suggestion: '从业人数再增加2人即可',
      }),
    ])
    expect(detail.materials.length).toBeGreaterThan(0)
    expect(missing.statusCode).toBe(404)
  })

  it('keeps each enterprise’s profile and pre-reviews its own', async () => {
    const { app } = testApp()
    const owner = await asEnterprise(app, 'owner')
    await put(app, owner, SOFTWARE_PROFILE)
    await app.inject(
      authed(owner, {
        method: 'POST',
        url: '/api/v1/policy/prereviews',
        headers: { 'idempotency-key': key() },
        payload: { kind: 'annual_report' },
      }),
    )
    const other = await asEnterprise(app, 'other', FIRMS.tech)
    const seen = json<{ data: EnterpriseProfile }>(
      await get(app, other, '/api/v1/policy/profile'),
    ).data
    const reviews = json<{ data: { items: PreReview[] } }>(
      await get(app, other, '/api/v1/policy/prereviews'),
    ).data
    const person = await login(app, 'dev:no-enterprise')
    const write = await put(app, person, SOFTWARE_PROFILE)
    const unknown = await app.inject(
      authed(other, {
        method: 'POST',
        url: '/api/v1/policy/prereviews',
        headers: { 'idempotency-key': key() },
        payload: { kind: 'policy', policyId: '../../etc/passwd' },
      }),
    )
    await app.close()
    expect(seen.form).toEqual(EMPTY_PROFILE_FORM)
    expect(reviews.items).toEqual([])
    expect(write.statusCode).toBe(409)
    expect(unknown.statusCode).toBe(404)
  })

  it('pre-reviews once per Idempotency-Key, with reasons', async () => {
    const { app } = testApp()
    const token = await asEnterprise(app, 'review')
    await put(app, token, SOFTWARE_PROFILE)
    const send = (payload: object, idempotencyKey: string) =>
      app.inject(
        authed(token, {
          method: 'POST',
          url: '/api/v1/policy/prereviews',
          headers: { 'idempotency-key': idempotencyKey },
          payload,
        }),
      )
    const k = key()
    const first = await send({ kind: 'policy', policyId: 'city-training' }, k)
    const retry = await send({ kind: 'policy', policyId: 'city-training' }, k)
    const pass = await send({ kind: 'policy', policyId: 'nat-expand-jobs' }, key())
    const auto = await send({ kind: 'policy', policyId: 'nat-stable-jobs' }, key())
    const noId = await send({ kind: 'policy' }, key())
    const annual = await send({ kind: 'annual_report' }, key())
    const list = json<{ data: { items: PreReview[] } }>(
      await get(app, token, '/api/v1/policy/prereviews'),
    ).data
    await app.close()
    expect(first.statusCode).toBe(201)
    const review = json<{ data: PreReview }>(first).data
    expect(review).toMatchObject({ outcome: 'fail', nextSteps: ['从业人数再增加2人即可'] })
    expect(review.reasons).toContain('不符合：参保职工10人以上（从业人数：8人）')
    expect(json<{ data: PreReview }>(retry).data.id).toBe(review.id)
    // 预审通过 says what to hand in next, where, and the 专区 the app's button opens.
    const passed = json<{ data: PreReview }>(pass).data
    expect(passed.outcome).toBe('pass')
    expect(passed.submit).toMatchObject({
      place: '青山区政务服务中心 企业智惠服务专区（青山区人力资源和社会保障局窗口）',
      zoneId: 'enterprise',
    })
    expect(passed.submit?.materials.length).toBeGreaterThan(0)
    expect(passed.nextSteps[0]).toBe(`下一步提交申报材料：${passed.submit?.materials.join('、')}`)
    expect(passed.nextSteps[1]).toContain('提交地点：青山区政务服务中心 企业智惠服务专区')
    expect(review.submit).toBeNull()
    expect(list.items.find((r) => r.id === passed.id)?.submit).toEqual(passed.submit)
    expect(auto.statusCode).toBe(409)
    expect(noId.statusCode).toBe(400)
    expect(json<{ data: PreReview }>(annual).data).toMatchObject({
      kind: 'annual_report',
      outcome: 'pass',
    })
    expect(list.items).toHaveLength(3)
  })

  it('the deadline calendar, worked out once, drops a policy withdrawn on another process at once', async () => {
    const { app, sql } = testApp()
    const token = await asEnterprise(app, 'calendar-withdrawn')
    await put(app, token, SOFTWARE_PROFILE)
    const calendar = async () =>
      json<{ data: PolicyCalendar }>(await get(app, token, '/api/v1/policy/calendar')).data.items
    const [first] = await calendar()
    const policyId = first?.policy.id ?? ''
    // What another process's withdrawal leaves in the database: the row, and the version moved on.
    await sql
      .updateTable('policies')
      .set({ status: 'withdrawn' })
      .where('id', '=', policyId)
      .execute()
    await sql
      .updateTable('content_versions')
      .set((eb) => ({ version: eb('version', '+', 1) }))
      .where('name', '=', 'policies')
      .execute()
    const after = await calendar()
    await app.close()
    expect(policyId).not.toBe('')
    expect(after.map((i) => i.policy.id)).not.toContain(policyId)
  })

  it('lists deadlines of relevant policies and new matches once subscribed', async () => {
    const { app } = testApp()
    const token = await asEnterprise(app, 'calendar')
    await put(app, token, SOFTWARE_PROFILE)
    const calendar = json<{ data: PolicyCalendar }>(
      await get(app, token, '/api/v1/policy/calendar'),
    ).data
    expect(calendar.items.length).toBeGreaterThan(5)
    expect(calendar.items.every((i) => i.daysLeft >= 0 && i.policy.mode === 'apply')).toBe(true)
    expect(calendar.items.map((i) => i.deadline)).toEqual(
      calendar.items.map((i) => i.deadline).sort(),
    )
    const off = json<{ data: PolicySubscription }>(
      await get(app, token, '/api/v1/policy/subscription'),
    ).data
    expect(off).toEqual({ subscribed: false, since: null, newMatches: [] })
    const on = await app.inject(
      authed(token, {
        method: 'PUT',
        url: '/api/v1/policy/subscription',
        payload: { subscribed: true },
      }),
    )
    const bad = await app.inject(
      authed(token, {
        method: 'PUT',
        url: '/api/v1/policy/subscription',
        payload: { subscribed: 'yes' },
      }),
    )
    await app.close()
    const subscription = json<{ data: PolicySubscription }>(on).data
    expect(subscription).toMatchObject({ subscribed: true, since: '2026-03-02' })
    // Published 2026-02-15 .. 2026-03-01, fully or possibly matching a small software firm.
    expect(subscription.newMatches.map((m) => m.policy.id)).toEqual(
      expect.arrayContaining(['nat-hitech-recognition', 'nat-innovative-sme']),
    )
    expect(subscription.newMatches.every((m) => m.policy.publishedOn >= '2026-01-31')).toBe(true)
    expect(bad.statusCode).toBe(400)
  })
})
