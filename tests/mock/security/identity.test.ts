import type { FastifyInstance } from 'fastify'
import type {
  AgentGrant,
  Licence,
  LoanApplication,
  Prefill,
  Profile,
  Verification,
} from '../../../src/services/contract'
import {
  certHash,
  wechatFaceVerifier,
} from '../../../mock/modules/account/identity/wechat-face-verifier'
import {
  actAsFirm,
  authed,
  FIRMS,
  json,
  login,
  outboxCode,
  PEOPLE,
  testApp,
  verifyAs,
  type ErrorJson,
} from '../helpers'

// Issue 14 §1–§2: 实名 and 法人 identity are proven before they unlock anyone's data.

let app: FastifyInstance
let clock: ReturnType<typeof testApp>['clock']
beforeEach(() => {
  ;({ app, clock } = testApp())
})
afterEach(() => app.close())

let keys = 0
const send = (token: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  app.inject(
    authed(token, {
      method,
      url,
      payload,
      headers: method === 'POST' ? { 'idempotency-key': `identity-${++keys}` } : {},
    }),
  )
const data = <T>(response: { body: string }) => (JSON.parse(response.body) as { data: T }).data
const errorOf = (response: { body: string }) => json<ErrorJson>(response as never).error

const start = (token: string, person: object) =>
  send(token, 'POST', '/api/v1/me/identity/verifications', person)
const confirm = (token: string, id: string, code: string) =>
  send(token, 'POST', `/api/v1/me/identity/verifications/${id}/confirm`, { code })

describe('claiming someone else’s identity', () => {
  it('the old unproven PUT is gone, and a started verification unlocks nothing', async () => {
    const thief = await login(app, 'dev:thief')
    const put = await send(thief, 'PUT', '/api/v1/me/real-name', PEOPLE.doctor)
    expect(put.statusCode).toBe(404)

    expect((await start(thief, PEOPLE.doctor)).statusCode).toBe(200)
    const licences = await send(thief, 'GET', '/api/v1/ecert/licences')
    const prefill = await send(thief, 'GET', '/api/v1/ecert/prefill')
    expect(data<{ items: Licence[] }>(licences).items).toEqual([])
    expect(data<Prefill>(prefill).values).toEqual({})
    expect(data<Profile>(await send(thief, 'GET', '/api/v1/me')).realName).toBeNull()
    for (const r of [licences, prefill]) {
      expect(r.body).not.toContain('150204198503123156')
      expect(r.body).not.toContain('富强路12号')
    }
  })

  it('the code goes to the phone on file; the claimant only sees it masked', async () => {
    const thief = await login(app, 'dev:thief')
    const started = await start(thief, PEOPLE.doctor)
    expect(data<Verification>(started)).toMatchObject({
      method: 'sms',
      phoneMasked: '138****0001',
      attemptsLeft: 5,
    })
    expect(started.body).not.toContain(await outboxCode(app, thief))
  })

  it('a name that does not match the 人口库 is refused in words', async () => {
    const token = await login(app)
    const wrong = await start(token, { name: '王志刚', idNumber: PEOPLE.doctor.idNumber })
    expect(wrong.statusCode).toBe(404)
    expect(errorOf(wrong)).toMatchObject({ code: 'IDENTITY_NOT_FOUND' })
    expect(errorOf(wrong).message).toMatch(/人口库中没有/)
  })

  it('five wrong codes lock the verification; the right one then fails too', async () => {
    const token = await login(app)
    const { id } = data<Verification>(await start(token, PEOPLE.nurse))
    const right = await outboxCode(app, token)
    const wrongCode = right === '000000' ? '111111' : '000000'
    const messages: string[] = []
    for (let i = 0; i < 5; i++) messages.push(errorOf(await confirm(token, id, wrongCode)).message)
    expect(messages[0]).toBe('验证码不正确，还可以再试4次')
    const locked = await confirm(token, id, right)
    expect(locked.statusCode).toBe(429)
    expect(data<Profile>(await send(token, 'GET', '/api/v1/me')).realName).toBeNull()
  })

  it('a code expires after 5 minutes', async () => {
    const token = await login(app)
    const { id } = data<Verification>(await start(token, PEOPLE.nurse))
    const code = await outboxCode(app, token)
    clock.advance(5 * 60_000 + 1)
    const late = await confirm(token, id, code)
    expect([late.statusCode, errorOf(late).code]).toEqual([410, 'VERIFICATION_EXPIRED'])
  })

  it('starting is rate-limited per account and per person', async () => {
    const token = await login(app)
    expect((await start(token, PEOPLE.nurse)).statusCode).toBe(200)
    const again = await start(token, PEOPLE.nurse)
    expect([again.statusCode, errorOf(again).message]).toEqual([429, '请60秒后再重新获取验证码'])
    for (let i = 0; i < 4; i++) {
      clock.advance(61_000)
      expect((await start(token, PEOPLE.nurse)).statusCode).toBe(200)
    }
    clock.advance(61_000)
    expect(errorOf(await start(token, PEOPLE.nurse)).message).toBe(
      '实名核验次数过多，请1小时后再试',
    )
    // Other accounts cannot flood the same person's phone either.
    const other = await login(app, 'dev:other')
    expect(errorOf(await start(other, PEOPLE.nurse)).message).toMatch(/该身份证号的核验过于频繁/)
  })
})

describe('a proven identity', () => {
  it('unlocks the wallet and prefill, masked; the full number never goes back', async () => {
    const doctor = await login(app, 'dev:doctor')
    await verifyAs(app, doctor, PEOPLE.doctor)
    const me = data<Profile>(await send(doctor, 'GET', '/api/v1/me'))
    expect(me.realName).toMatchObject({
      nameMasked: '王**',
      idNumberMasked: '1502**********3156',
      method: 'sms',
    })
    const wallet = await send(doctor, 'GET', '/api/v1/ecert/licences')
    expect(data<{ items: Licence[] }>(wallet).items.length).toBeGreaterThanOrEqual(3)
    const prefill = await send(doctor, 'GET', '/api/v1/ecert/prefill')
    expect(data<Prefill>(prefill)).toMatchObject({
      values: { applicantName: '王志强', idNumber: '1502**********3156' },
      serverFilled: ['idNumber'],
    })
    for (const r of [wallet, prefill]) expect(r.body).not.toContain(PEOPLE.doctor.idNumber)
  })

  it('belongs to one account: a second account that proves it takes it, the first is told when', async () => {
    const first = await login(app, 'dev:first-phone')
    const second = await login(app, 'dev:new-phone')
    await actAsFirm(app, first, FIRMS.clinic)
    clock.advance(60_000)
    await verifyAs(app, second, PEOPLE.doctor)

    const lost = data<Profile>(await send(first, 'GET', '/api/v1/me'))
    expect(lost.realName).toBeNull()
    expect(lost.enterprises).toEqual([])
    expect(lost.realNameMovedAt).toBe(clock.now().toISOString())
    expect(
      data<{ items: Licence[] }>(await send(first, 'GET', '/api/v1/ecert/licences')).items,
    ).toEqual([])
    expect(data<Profile>(await send(second, 'GET', '/api/v1/me')).realName?.idNumberMasked).toBe(
      '1502**********3156',
    )
  })
})

const STRONG = {
  years: 'gt5',
  revenue: '500to2000',
  taxRating: 'A',
  overdue: 'none',
  collateral: 'yes',
  qualification: 'none',
}
const LOAN = {
  productId: 'abc-tax-credit',
  amount: '50',
  purpose: '采购原材料',
  materialsReady: 'yes',
}

describe('法人 identity', () => {
  const bind = (token: string, firm: { name: string; uscc: string }) =>
    send(token, 'POST', '/api/v1/me/enterprises', { name: firm.name, uscc: firm.uscc })

  it('today’s attack: a stranger binds 康宁食品 and applies for a loan with grade A', async () => {
    const stranger = await login(app, 'dev:stranger')
    const unverified = await bind(stranger, FIRMS.food)
    expect([unverified.statusCode, errorOf(unverified).code]).toEqual([403, 'IDENTITY_REQUIRED'])

    await verifyAs(app, stranger, PEOPLE.zhou)
    const notRep = await bind(stranger, FIRMS.food)
    expect([notRep.statusCode, errorOf(notRep).code]).toEqual([403, 'NOT_LEGAL_REPRESENTATIVE'])
    const loan = await send(stranger, 'POST', '/api/v1/finance/applications', {
      ...LOAN,
      grade: 'A',
    })
    expect([loan.statusCode, errorOf(loan).code]).toEqual([409, 'ENTERPRISE_REQUIRED'])
  })

  it('a code not in the 市场主体 register, or a wrong name, is refused in words', async () => {
    const token = await login(app)
    await verifyAs(app, token, PEOPLE.zhang)
    const unknown = await bind(token, { name: '某公司', uscc: '91150204MA0N12345X' })
    expect([unknown.statusCode, errorOf(unknown).code]).toEqual([400, 'VALIDATION_FAILED'])
    const unregistered = await bind(token, { name: '某公司', uscc: '91150204MA0N2Q3K84' })
    expect(errorOf(unregistered).code).toMatch(/ENTERPRISE_NOT_REGISTERED|VALIDATION_FAILED/)
    const renamed = await bind(token, { name: '包头市示例科技公司', uscc: FIRMS.tech.uscc })
    expect(errorOf(renamed).fields?.name).toBe('请按营业执照上的企业名称完整填写')
  })

  it('the grade on a loan is the stored assessment’s, whatever the client sends', async () => {
    const rep = await login(app, 'dev:rep')
    await actAsFirm(app, rep, FIRMS.machinery)
    const noAssessment = await send(rep, 'POST', '/api/v1/finance/applications', LOAN)
    expect(errorOf(noAssessment).code).toBe('CREDIT_ASSESSMENT_REQUIRED')
    const assess = async (answers: object) =>
      data<{ grade: string }>(
        await send(rep, 'POST', '/api/v1/finance/credit-assessments', answers),
      )
    const weak = await assess({ ...STRONG, overdue: 'repeated', taxRating: 'D', years: 'lt1' })
    expect(weak.grade).toBe('D')
    const refused = await send(rep, 'POST', '/api/v1/finance/applications', { ...LOAN, grade: 'A' })
    expect(errorOf(refused).code).toBe('GRADE_TOO_LOW')
    expect((await assess(STRONG)).grade).toBe('A')
    const granted = await send(rep, 'POST', '/api/v1/finance/applications', { ...LOAN, grade: 'D' })
    expect(data<LoanApplication>(granted).grade).toBe('A')
  })
})

describe('经办人 authorised by the 法定代表人', () => {
  async function setUp() {
    const rep = await login(app, 'dev:rep')
    const firmId = await actAsFirm(app, rep, FIRMS.food)
    const agent = await login(app, 'dev:agent')
    await verifyAs(app, agent, PEOPLE.nurse)
    const granted = await send(rep, 'POST', `/api/v1/me/enterprises/${firmId}/agents`, {
      agentName: PEOPLE.nurse.name,
      agentIdNumber: PEOPLE.nurse.idNumber,
      scopes: ['policy'],
      days: 30,
    })
    expect(granted.statusCode).toBe(201)
    return { rep, firmId, agent, grant: data<AgentGrant>(granted) }
  }
  const claim = (token: string, code: string) =>
    send(token, 'POST', '/api/v1/me/enterprise-agent-claims', { code })

  it('only the named person can claim the code, once', async () => {
    const { grant, agent } = await setUp()
    expect(grant).toMatchObject({ status: 'unclaimed', agentNameMasked: '李**' })
    const someoneElse = await login(app, 'dev:someone')
    await verifyAs(app, someoneElse, PEOPLE.chen)
    const refused = await claim(someoneElse, grant.claimCode ?? '')
    expect([refused.statusCode, errorOf(refused).code]).toEqual([403, 'AGENT_MISMATCH'])
    const claimed = await claim(agent, grant.claimCode ?? '')
    expect(data<Profile>(claimed).enterprises).toMatchObject([
      { name: FIRMS.food.name, basis: 'agent', scopes: ['policy'] },
    ])
    expect((await claim(agent, grant.claimCode ?? '')).statusCode).toBe(404)
  })

  it('acts only within its scope; revocation stops it at once; the rep sees the trail', async () => {
    const { rep, firmId, agent, grant } = await setUp()
    const profile = data<Profile>(await claim(agent, grant.claimCode ?? ''))
    const enterpriseId = profile.enterprises[0]?.id ?? ''
    await send(agent, 'PUT', '/api/v1/me/active-identity', { enterpriseId })
    const review = await send(agent, 'POST', '/api/v1/policy/prereviews', { kind: 'annual_report' })
    expect(review.statusCode).toBe(201)
    const assessed = await send(agent, 'POST', '/api/v1/finance/credit-assessments', STRONG)
    expect(assessed.statusCode).toBe(200)
    const apply = await send(agent, 'POST', '/api/v1/finance/applications', LOAN)
    expect([apply.statusCode, errorOf(apply).code]).toEqual([403, 'AGENT_SCOPE_MISSING'])

    const revoked = await send(
      rep,
      'POST',
      `/api/v1/me/enterprises/${firmId}/agents/${grant.id}/revoke`,
    )
    expect(data<AgentGrant>(revoked).status).toBe('revoked')
    const after = await send(agent, 'GET', '/api/v1/policy/profile')
    expect(after.statusCode).toBe(409)
    const list = data<{ items: AgentGrant[] }>(
      await send(rep, 'GET', `/api/v1/me/enterprises/${firmId}/agents`),
    )
    expect(list.items[0]?.audit.map((a) => a.action)).toEqual([
      '授权',
      '经办人确认绑定',
      '以企业名义提交预审',
      '撤销授权',
    ])
  })

  it('a 经办人 cannot manage grants, and nobody else can see them', async () => {
    const { grant, agent } = await setUp()
    const profile = data<Profile>(await claim(agent, grant.claimCode ?? ''))
    const own = await send(
      agent,
      'GET',
      `/api/v1/me/enterprises/${profile.enterprises[0]?.id}/agents`,
    )
    expect([own.statusCode, errorOf(own).code]).toEqual([403, 'LEGAL_REPRESENTATIVE_ONLY'])
  })
})

describe('WeChat 人脸核身 (production verifier, against a fake WeChat)', () => {
  function fakeWechat(verifyRet: number) {
    const calls: { path: string; body: Record<string, unknown> }[] = []
    const fetchImpl = (async (input: URL | RequestInfo, init?: RequestInit) => {
      const url = new URL(String(input))
      const body = init?.body ? (JSON.parse(String(init.body)) as Record<string, unknown>) : {}
      calls.push({ path: url.pathname, body })
      const answer = url.pathname.endsWith('/cgi-bin/stable_token')
        ? { access_token: 'token', expires_in: 7200 }
        : url.pathname.endsWith('/getverifyid')
          ? { errcode: 0, verify_id: 'verify-123', expires_in: 3600 }
          : { errcode: 0, verify_ret: verifyRet }
      return new Response(JSON.stringify(answer))
    }) as typeof fetch
    return { calls, fetchImpl }
  }

  it('the identity is stored only when WeChat itself says the face matched', async () => {
    for (const [ret, expected] of [
      [10000, 200],
      [90002, 400],
    ] as const) {
      const wx = fakeWechat(ret)
      const face = testApp({
        identityVerifier: wechatFaceVerifier('appid', 'secret', wx.fetchImpl),
      })
      const token = await login(face.app, 'dev:face-user')
      const started = await face.app.inject(
        authed(token, {
          method: 'POST',
          url: '/api/v1/me/identity/verifications',
          payload: PEOPLE.owner,
        }),
      )
      const verification = data<Verification>(started)
      expect(verification).toMatchObject({
        method: 'face',
        faceVerifyId: 'verify-123',
        phoneMasked: null,
      })
      const done = await face.app.inject(
        authed(token, {
          method: 'POST',
          url: `/api/v1/me/identity/verifications/${verification.id}/confirm`,
          payload: {},
        }),
      )
      expect(done.statusCode).toBe(expected)
      const query = wx.calls.find((c) => c.path.endsWith('/queryverifyinfo'))
      expect(query?.body).toMatchObject({
        verify_id: 'verify-123',
        cert_hash: certHash(PEOPLE.owner),
      })
      const outbox = await face.app.inject(
        authed(token, { method: 'GET', url: '/api/v1/dev/outbox' }),
      )
      expect(outbox.statusCode).toBe(404)
      await face.app.close()
    }
  })

  it('computes cert_hash as WeChat documents it', () => {
    expect(certHash({ name: '张三', idNumber: '310101199801011234' })).toBe(
      '3c241f7ff324977aeb91f173bb2a7b06569e6fd784d5573db34a636d8671108b',
    )
  })
})
