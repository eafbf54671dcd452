import type { FastifyInstance } from 'fastify'
import {
  luhnCheckDigit,
  type BillList,
  type QueueTicket,
  type UtilityAccount,
} from '../../../src/services/contract'
import { UTILITY_SEED, accountNumber } from '../../../mock/modules/life/seed'
import { call } from '../appointment/support'
import { login, PEOPLE, testApp, verifyAs } from '../helpers'

// Issue 14 §5: what one person can take or reach by repeating a request.

let app: FastifyInstance
let clock: ReturnType<typeof testApp>['clock']
beforeEach(() => {
  ;({ app, clock } = testApp())
})
afterEach(() => app.close())

const DAY = 86_400_000
const POINT = 'sp-qs-center'

describe('取号: one waiting ticket per person and point a day', () => {
  const take = (token: string, pointId = POINT) =>
    call<QueueTicket>(app, token, 'POST', '/api/v1/queue/tickets', { pointId })

  it('100 takes at once by one user give one number and 99 refusals that name it', async () => {
    // The fake clock starts on Monday 09:00, within the centre's opening hours.
    const user = await login(app, 'dev:queue-hoarder')
    const answers = await Promise.all(Array.from({ length: 100 }, () => take(user)))
    const taken = answers.filter((a) => a.status === 201)
    const refused = answers.filter((a) => a.status === 409)
    expect(taken).toHaveLength(1)
    expect(refused).toHaveLength(99)
    expect(new Set(refused.map((a) => a.error.code))).toEqual(new Set(['TICKET_ALREADY_TAKEN']))
    expect(refused[0]?.error.message).toContain(`取号${taken[0]?.data.number}`)

    // Nobody else was pushed back: the next person is second in line.
    const next = await take(await login(app, 'dev:queue-next'))
    expect(next.data).toMatchObject({ number: 'A002', ahead: 1 })
  })

  it('another point, or the same point after the number was called, gives a new one', async () => {
    const user = await login(app, 'dev:queue-twice')
    await verifyAs(app, user, PEOPLE.grandma)
    const first = await take(user)
    expect(first.data.number).toBe('A001')
    expect((await take(user, 'sp-qs-street-ziyoulu')).status).toBe(201)

    const staff = await login(app, 'dev:staff-center-1')
    const called = await call<QueueTicket>(app, staff, 'POST', '/api/v1/staff/queue/call-next', {
      pointId: POINT,
    })
    expect(called.data).toMatchObject({ number: 'A001', status: 'called' })
    const again = await take(user)
    expect([again.status, again.data.number]).toEqual([201, 'A002'])
    expect((await take(user)).error.code).toBe('TICKET_ALREADY_TAKEN')
  })

  it('the next day the limit starts over', async () => {
    const user = await login(app, 'dev:queue-tomorrow')
    expect((await take(user)).status).toBe(201)
    clock.advance(DAY)
    const user2 = await login(app, 'dev:queue-tomorrow') // yesterday's session is still valid
    const tomorrow = await take(user2)
    expect([tomorrow.status, tomorrow.data.number]).toEqual([201, 'A001'])
  })
})

describe('户号: binding another household without knowing it', () => {
  const seedOf = (id: string) => {
    const seed = UTILITY_SEED.find((a) => a.id === id)
    if (!seed) throw new Error(id)
    return seed
  }
  const WATER_1 = accountNumber(seedOf('water-1')) // 张建国, 幸福南路12号楼3单元501
  const bind = (token: string, number: string, holderCheck: string, kind = 'water') =>
    call<UtilityAccount>(app, token, 'POST', '/api/v1/utilities/accounts', {
      kind,
      number,
      holderCheck,
    })
  const bound = async (token: string) =>
    (await call<{ items: UtilityAccount[] }>(app, token, 'GET', '/api/v1/utilities/accounts')).data
      .items

  /** The 48 water numbers after 1502040000: valid check digits, as a neighbour would try them. */
  const neighbours = Array.from({ length: 48 }, (_, i) => {
    const body = `150204${String(i + 1).padStart(3, '0')}`
    return body + luhnCheckDigit(body)
  })

  it('48 neighbouring numbers with a guessed surname bind nothing and do not tell which exist', async () => {
    const neighbour = await login(app, 'dev:utility-neighbour')
    const answers = []
    for (const number of neighbours) answers.push(await bind(neighbour, number, '刘'))
    expect(answers.filter((a) => a.status < 300)).toEqual([])
    // Unknown numbers and wrong answers read alike, and both count: five tries, then the day ends.
    const wrong = answers.slice(0, 5)
    for (const a of wrong) {
      expect(a.error).toMatchObject({
        code: 'HOLDER_CHECK_FAILED',
        fields: {
          holderCheck: '户号、户主的姓或手机号后4位与开户登记不一致，请对照缴费通知单核对',
        },
      })
    }
    expect(answers.slice(5).every((a) => a.status === 429)).toBe(true)
    const locked = await bind(neighbour, WATER_1, '张')
    expect([locked.status, locked.error.code]).toEqual([429, 'BIND_ATTEMPTS_EXCEEDED'])
    expect(locked.error.message).toMatch(/明天再试|营业厅/)
    expect(await bound(neighbour)).toEqual([])
  })

  it('guessing from several accounts locks the 户号 itself after ten wrong answers', async () => {
    const heating = accountNumber(seedOf('heating-1'))
    const surnames = ['王', '李', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙']
    const answers = []
    for (const [i, surname] of surnames.entries()) {
      const account = await login(app, `dev:utility-sybil-${Math.floor(i / 5)}`)
      answers.push(await bind(account, heating, surname, 'heating'))
    }
    const lastTry = await login(app, 'dev:utility-sybil-last')
    const right = await bind(lastTry, heating, '张', 'heating')
    expect(answers.filter((a) => a.status < 300)).toEqual([])
    expect([right.status, right.error.code]).toEqual([429, 'BIND_ATTEMPTS_EXCEEDED'])
  })

  it('only the surname counts, not any start of the name', async () => {
    const guesser = await login(app, 'dev:utility-prefix')
    const li = accountNumber(seedOf('water-2'))
    expect((await bind(guesser, li, '李秀')).status).toBe(400)
    expect((await bind(guesser, li, '李')).status).toBe(200)
  })

  it('guessing in parallel gets no more than five tries', async () => {
    const guesser = await login(app, 'dev:utility-parallel')
    const surnames = ['王', '李', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '胡']
    const answers = await Promise.all(surnames.map((s) => bind(guesser, WATER_1, s)))
    expect(answers.filter((a) => a.status === 400)).toHaveLength(5)
    expect(answers.filter((a) => a.status === 429)).toHaveLength(surnames.length - 5)
    expect(await bound(guesser)).toEqual([])
  })

  it('the household binds with the surname or the phone’s last 4; the door stays masked', async () => {
    const household = await login(app, 'dev:utility-household')
    const bySurname = await bind(household, WATER_1, '张')
    expect(bySurname.status).toBe(200)
    const byPhone = await bind(household, accountNumber(seedOf('power-1')), '0101', 'power')
    expect(byPhone.status).toBe(200)

    const bills = await call<BillList>(
      app,
      household,
      'GET',
      `/api/v1/utilities/accounts/${bySurname.data.id}/bills`,
    )
    expect(bills.data.account).toMatchObject({
      holder: '张**',
      address: '青山区幸福路街道 幸福南路12号楼3单元***',
    })
    for (const answer of [bySurname, byPhone, bills]) {
      expect(JSON.stringify(answer.data)).not.toContain('501')
      expect(JSON.stringify(answer.data)).not.toContain('张建国')
      expect(JSON.stringify(answer.data)).not.toContain('13947200101')
    }
  })

  it('a locked-out neighbour may try again the next day', async () => {
    const neighbour = await login(app, 'dev:utility-retry')
    for (let i = 0; i < 5; i++) await bind(neighbour, WATER_1, '刘')
    expect((await bind(neighbour, WATER_1, '张')).status).toBe(429)
    clock.advance(DAY + 1000)
    const next = await login(app, 'dev:utility-retry')
    expect((await bind(next, WATER_1, '刘')).status).toBe(400)
  })
})
