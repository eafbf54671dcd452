import type { Sql } from '../../../mock/db/engine'
import { fileCase } from '../../../mock/modules/cases/intake'
import { rateCase } from '../../../mock/modules/cases/rating'
import { createCaseRepo } from '../../../mock/modules/cases/repository'
import { actOnCase } from '../../../mock/modules/cases/staff'
import { deliverDueReminders } from '../../../mock/modules/messages/clock'
import { createRepos, type Repos } from '../../../mock/modules/repositories'
import { routes } from '../../../src/utils/routes'
import { addUser } from '../../support/three-instances'
import { testDatabase } from '../helpers'
import { addHelper, filing, staffRepos } from '../cases/pg'

let sql: Sql
let repos: Repos
let close: () => Promise<void>
const at = (local: string) => new Date(`${local}+08:00`)

beforeAll(async () => {
  ;({ sql, close } = await testDatabase())
  repos = createRepos(sql)
  await addUser(sql, 'u1')
  await addHelper(sql, 'h1', '李帮办')
})
afterAll(() => close())

const messagesOf = (userId: string, kind: string) =>
  sql
    .selectFrom('messages')
    .selectAll()
    .where('user_id', '=', userId)
    .where('kind', '=', kind)
    .execute()

async function caseIn(step: 'correction' | 'accepted' | 'finished', when: Date) {
  const row = await fileCase(createCaseRepo(sql), { ...filing('u1'), promised_days: 3 }, when)
  const act = (action: Parameters<typeof actOnCase>[3]) =>
    actOnCase(staffRepos(sql), row.helper_id ?? 'h1', row.id, action, when)
  if (step === 'correction') return act({ kind: 'correction', items: [] })
  const accepted = await act({ kind: 'accept' })
  return step === 'accepted' ? accepted : act({ kind: 'finish', result: '已办结' })
}

describe('补正 reminder: two working days before its last day', () => {
  test('asked on Tuesday 3 March (last day Tuesday 10th): not on Thursday, on Friday across the weekend, once', async () => {
    const c = await caseIn('correction', at('2026-03-03T09:00:00'))
    await deliverDueReminders(repos, at('2026-03-05T18:00:00'))
    const due = async () =>
      (await messagesOf('u1', 'case_correction_due')).filter((m) => m.route.includes(c.id))
    expect(await due()).toEqual([])
    await deliverDueReminders(repos, at('2026-03-06T08:00:00'))
    await deliverDueReminders(repos, at('2026-03-09T08:00:00'))
    const sent = await due()
    expect(sent.map((m) => [m.created_at, m.route])).toEqual([
      ['2026-03-06T00:00:00.000Z', routes.caseCorrect(c.id)],
    ])
    expect(sent[0]?.body).toContain('3月10日')
  })

  test('across 劳动节 (1–5 May) and its Saturday make-up day: asked 29 April, last day Saturday 9 May, reminded on the 7th', async () => {
    const c = await caseIn('correction', at('2026-04-29T09:00:00'))
    const due = async () =>
      (await messagesOf('u1', 'case_correction_due')).filter((m) => m.route.includes(c.id))
    await deliverDueReminders(repos, at('2026-05-06T20:00:00'))
    expect(await due()).toEqual([])
    await deliverDueReminders(repos, at('2026-05-07T08:00:00'))
    expect((await due()).map((m) => m.body)).toEqual([expect.stringContaining('5月9日')])
  })
})

test('承诺时限: the 帮办员 is told once when one working day is left, the applicant is not', async () => {
  const c = await caseIn('accepted', at('2026-03-16T09:00:00')) // 3 days: last day Thursday 19th
  const near = async () =>
    (await messagesOf(c.helper_id ?? '', 'case_deadline_near')).filter((m) =>
      m.route.includes(c.id),
    )
  await deliverDueReminders(repos, at('2026-03-17T09:00:00'))
  expect(await near()).toEqual([])
  await deliverDueReminders(repos, at('2026-03-18T09:00:00'))
  await deliverDueReminders(repos, at('2026-03-19T09:00:00'))
  expect((await near()).map((m) => m.route)).toEqual([routes.staffCase(c.id)])
  expect(await messagesOf('u1', 'case_deadline_near')).toEqual([])
})

test('好差评 invitation: 3 days after 办结 for an unrated case, once, never again; a rated case gets none', async () => {
  const closed = at('2026-03-23T10:00:00')
  const unrated = await caseIn('finished', closed)
  const rated = await caseIn('finished', closed)
  await rateCase(repos, 'u1', rated.id, { level: 'satisfied' }, closed)
  const invites = async () => (await messagesOf('u1', 'case_rating_invite')).map((m) => m.route)
  await deliverDueReminders(repos, new Date(closed.getTime() + 3 * 86_400_000 - 60_000))
  expect(await invites()).toEqual([])
  await deliverDueReminders(repos, new Date(closed.getTime() + 3 * 86_400_000))
  expect(await invites()).toEqual([routes.caseDetail(unrated.id)])
  await deliverDueReminders(repos, new Date(closed.getTime() + 10 * 86_400_000))
  expect(await invites()).toEqual([routes.caseDetail(unrated.id)])
})

test('a booking starting within a day is reminded in the inbox once', async () => {
  const item = await sql.selectFrom('catalog_items').select('id').executeTakeFirstOrThrow()
  await sql
    .insertInto('appointments')
    .values({
      id: 'appt-msg-1',
      code: '12345678',
      user_id: 'u1',
      item_id: item.id,
      point_id: 'sp-qs-center',
      day: '2026-03-31',
      time: '10:00',
      slot_start: at('2026-03-31T10:00:00').toISOString(),
      slot_end: at('2026-03-31T10:30:00').toISOString(),
      name: '张三',
      phone: '13800000000',
      created_at: '2026-03-20T00:00:00Z',
    })
    .execute()
  await deliverDueReminders(repos, at('2026-03-30T09:00:00'))
  expect(await messagesOf('u1', 'appointment_reminder')).toEqual([])
  await deliverDueReminders(repos, at('2026-03-30T10:00:00'))
  await deliverDueReminders(repos, at('2026-03-31T08:00:00'))
  expect((await messagesOf('u1', 'appointment_reminder')).map((m) => m.route)).toEqual([
    routes.appointment('appt-msg-1'),
  ])
})
