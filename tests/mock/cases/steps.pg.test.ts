import type { Sql } from '../../../mock/db/engine'
import { ApiError } from '../../../mock/http/errors'
import { followUpCase, rateCase } from '../../../mock/modules/cases/rating'
import { fileCase } from '../../../mock/modules/cases/intake'
import { createCaseRepo } from '../../../mock/modules/cases/repository'
import { actOnCase } from '../../../mock/modules/cases/staff'
import { addUser, burst, threeInstances } from '../../support/three-instances'
import { addHelper, filing, staffRepos } from './pg'

const now = new Date('2026-03-02T09:00:00+08:00')
let sqls: [Sql, Sql, Sql]
let close: () => Promise<void>

beforeAll(async () => {
  ;({ sqls, close } = await threeInstances())
  await addUser(sqls[0])
  await addHelper(sqls[0], 'h1', '李帮办')
})
afterAll(() => close())

/** The codes of the calls that failed; every one must be an answer, never a 500. */
function refusals(results: PromiseSettledResult<unknown>[]): string[] {
  return results.flatMap((r) => {
    if (r.status === 'fulfilled') return []
    if (!(r.reason instanceof ApiError)) throw r.reason
    return [`${r.reason.statusCode} ${r.reason.code}`]
  })
}

const eventsOf = async (id: string, event: string) =>
  (await createCaseRepo(sqls[0]).events(id)).filter((e) => e.event === event)

async function newCase(): Promise<string> {
  return (await fileCase(createCaseRepo(sqls[0]), filing('u1'), now)).id
}

test('50 受理 of one case at once on three instances: one is recorded, the rest told 409', async () => {
  const id = await newCase()
  const results = await burst(50, sqls, (sql) =>
    actOnCase(staffRepos(sql), 'h1', id, { kind: 'accept' }, now),
  )
  expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
  expect(refusals(results)).toEqual(Array.from({ length: 49 }, () => '409 CASE_STATE'))
  expect(await eventsOf(id, 'accepted')).toHaveLength(1)
})

test('办结 and 不予受理 sent at once (50 of them): the case closes once, with one result', async () => {
  const id = await newCase()
  await actOnCase(staffRepos(sqls[0]), 'h1', id, { kind: 'accept' }, now)
  const results = await burst(50, sqls, (sql, i) =>
    actOnCase(
      staffRepos(sql),
      'h1',
      id,
      i % 2 === 0
        ? { kind: 'finish', result: `已办结，证照第${i}号` }
        : { kind: 'refuse', reason: `材料不符，第${i}号` },
      now,
    ),
  )
  expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
  expect(refusals(results)).toHaveLength(49)
  const closed = [...(await eventsOf(id, 'finished')), ...(await eventsOf(id, 'refused'))]
  expect(closed).toHaveLength(1)
  expect((await createCaseRepo(sqls[0]).find(id))?.result).toBe(closed[0]?.note)
})

test('50 评价 of one case at once: one rating, one 差评 回访 of 50', async () => {
  const id = await newCase()
  await actOnCase(staffRepos(sqls[0]), 'h1', id, { kind: 'accept' }, now)
  await actOnCase(staffRepos(sqls[0]), 'h1', id, { kind: 'finish', result: '已办结' }, now)
  const rated = await burst(50, sqls, (sql, i) =>
    rateCase(
      { cases: createCaseRepo(sql) },
      'u1',
      id,
      { level: 'very_dissatisfied', comment: `等候太久，第${i}次` },
      now,
    ),
  )
  expect(rated.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
  expect(refusals(rated)).toEqual(Array.from({ length: 49 }, () => '409 ALREADY_RATED'))
  expect(await eventsOf(id, 'rated')).toHaveLength(1)

  const followed = await burst(50, sqls, (sql, i) =>
    followUpCase(staffRepos(sql), 'h1', id, `已电话回访并致歉，第${i}次`, now),
  )
  expect(followed.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
  expect(refusals(followed)).toEqual(Array.from({ length: 49 }, () => '409 ALREADY_FOLLOWED_UP'))
  expect(await eventsOf(id, 'followed_up')).toHaveLength(1)
})
