// What reading consultations costs the database: a list reads as many statements for three
// threads as for one (the lawyer's and asker's names come with the rows), and a thread is read
// with its names in one statement and its messages in another. Counted on SQLite; the answers
// are checked on both engines.
import type { Consultation, ConsultationList } from '../../../src/services/contract'
import { statementsOf } from '../cases/statements'
import { authed, json, login, testApp } from '../helpers'

const { app } = testApp()
let asker: string
let lawyer: string
beforeAll(async () => {
  asker = await login(app, 'dev:reads-asker')
  lawyer = await login(app, 'dev:lawyer-2')
})
afterAll(() => app.close())

let keys = 0
const ask = async (question: string) =>
  json<{ data: Consultation }>(
    await app.inject(
      authed(asker, {
        method: 'POST',
        url: '/api/v1/legal/consultations',
        payload: { lawyerId: 'lawyer-2', topic: 'labor', question },
        headers: { 'idempotency-key': `reads-ask-${(keys += 1)}` },
      }),
    ),
  ).data
const list = async (token: string, url: string) =>
  json<{ data: ConsultationList }>(await app.inject(authed(token, { method: 'GET', url }))).data
const MINE = '/api/v1/legal/consultations'
const DESK = '/api/v1/legal/lawyer/consultations'

test('both lists read no more statements for three threads than for one, names included', async () => {
  const first = await ask('公司拖欠我两个月工资，应该先找劳动监察还是直接申请仲裁？')
  const mineForOne = await statementsOf(() => list(asker, MINE))
  const deskForOne = await statementsOf(() => list(lawyer, DESK))
  await ask('试用期被辞退，公司不给任何补偿，这样合法吗？')
  await ask('加班没有加班费，只给调休，可以要求支付加班费吗？')
  let mine: ConsultationList | undefined
  let desk: ConsultationList | undefined
  const mineForThree = await statementsOf(async () => {
    mine = await list(asker, MINE)
  })
  const deskForThree = await statementsOf(async () => {
    desk = await list(lawyer, DESK)
  })
  expect(mineForThree).toBe(mineForOne)
  expect(deskForThree).toBe(deskForOne)
  // The session, then one read of the threads (the desk: the lawyer grant first).
  if (mineForOne !== null) expect([mineForOne, deskForOne]).toEqual([2, 3])
  expect(mine?.items).toHaveLength(3)
  expect(mine?.items.find((i) => i.id === first.id)).toMatchObject({
    lawyerName: first.lawyerName,
    lawyerFirm: first.lawyerFirm,
    askerName: first.askerName,
  })
  expect(desk?.items.filter((i) => i.askerName === first.askerName)).toHaveLength(3)
})

test('a thread already read costs the session, the thread with its names and its messages', async () => {
  const { items } = await list(asker, MINE)
  const id = items[0]?.id ?? ''
  const url = `/api/v1/legal/consultations/${id}`
  await app.inject(authed(asker, { method: 'GET', url }))
  let thread: Consultation | undefined
  const statements = await statementsOf(async () => {
    thread = json<{ data: Consultation }>(
      await app.inject(authed(asker, { method: 'GET', url })),
    ).data
  })
  if (statements !== null) expect(statements).toBe(3)
  expect(thread?.messages.map((m) => [m.author, m.authorName])).toEqual([
    ['user', thread?.askerName],
  ])
  // As the thread's lawyer (once read): one more statement, the live lawyer grant.
  await app.inject(authed(lawyer, { method: 'GET', url }))
  const asLawyer = await statementsOf(() => app.inject(authed(lawyer, { method: 'GET', url })))
  if (asLawyer !== null) expect(asLawyer).toBe(4)
})
