// What reading cases costs the database: a list reads as many statements for three cases as for
// one (no read per row), and the 帮办员 desk reads its grant and profile together. Counted on
// SQLite, where every statement goes through better-sqlite3; the answers are checked on both engines.
import type { FastifyInstance } from 'fastify'
import type { CaseDetail, CaseForm, CaseList, Complaint } from '../../../src/services/contract'
import { login, testApp } from '../helpers'
import { sqlOf, statementsOf } from './statements'
import { call, caseFormOf, completeApplication, submitClinicCase } from './support'

let app: FastifyInstance
let sql: ReturnType<typeof testApp>['sql']
let resident: string
let helper: string
let form: CaseForm

beforeAll(async () => {
  ;({ app, sql } = testApp())
  resident = await login(app, 'dev:reads-resident')
  helper = await login(app, 'dev:helper-1')
  form = await caseFormOf(app, resident)
})
afterAll(async () => {
  await app.close()
})

const submit = () => submitClinicCase(app, resident, form)

test('a list of cases reads no more statements for three cases than for one', async () => {
  const first = await submit()
  const list = (as: string, url: string) => call<CaseList>(app, as, 'GET', url)
  const mineForOne = await statementsOf(() => list(resident, '/api/v1/cases'))
  const deskForOne = await statementsOf(() => list(helper, '/api/v1/staff/cases'))
  await submit()
  await submit()
  let mine: CaseList | undefined
  let desk: CaseList | undefined
  const mineForThree = await statementsOf(async () => {
    mine = (await list(resident, '/api/v1/cases')).data
  })
  const deskForThree = await statementsOf(async () => {
    desk = (await list(helper, '/api/v1/staff/cases')).data
  })
  expect(mineForThree).toBe(mineForOne)
  expect(deskForThree).toBe(deskForOne)
  // Each list reads its rows with their 帮办员 and who filed them in one statement: the session,
  // (the desk's grant,) the list.
  if (mineForThree !== null) expect([mineForThree, deskForThree]).toEqual([2, 3])
  expect(mine?.items).toHaveLength(3)
  expect(mine?.items.find((c) => c.id === first.id)).toMatchObject({
    helper: { name: '李帮办' },
    applicant: first.applicant,
  })
  expect(desk?.items.map((c) => c.id)).toContain(first.id)
})

test('the complaint desk reads its grants and its complaints with their cases in one statement each', async () => {
  const complaintsFor = async (count: number) => {
    for (let i = 0; i < count; i += 1) {
      const c = await submit()
      const filed = await call<Complaint>(app, resident, 'POST', '/api/v1/complaints', {
        kind: 'complaint',
        content: '办件已超过承诺时限，仍未办结，请尽快处理',
        caseId: c.id,
      })
      expect(filed.status).toBe(201)
    }
  }
  const desk = () => call<{ items: Complaint[] }>(app, helper, 'GET', '/api/v1/staff/complaints')
  const mine = () => call<{ items: Complaint[] }>(app, resident, 'GET', '/api/v1/complaints')
  await complaintsFor(1)
  const deskForOne = await statementsOf(desk)
  const mineForOne = await statementsOf(mine)
  await complaintsFor(2)
  let seen: { items: Complaint[] } | undefined
  const deskForThree = await statementsOf(async () => {
    seen = (await desk()).data
  })
  const mineForThree = await statementsOf(mine)
  // The session, the desk's grants (administrator and 帮办员 together), the list with its cases.
  if (deskForOne !== null) expect([deskForOne, deskForThree]).toEqual([3, 3])
  if (mineForOne !== null) expect([mineForOne, mineForThree]).toEqual([2, 2])
  const [first] = seen?.items ?? []
  const about = first?.case
  expect(about?.number).toMatch(/\S/)
  const page = await call<CaseDetail>(app, resident, 'GET', `/api/v1/cases/${about?.id ?? ''}`)
  expect(about).toEqual({ id: page.data.id, number: page.data.number, title: page.data.title })
})

test('the 帮办员 desk reads the grant and the profile in one statement; a revoked grant is refused at once', async () => {
  const mine = await call<CaseList>(app, helper, 'GET', '/api/v1/staff/cases')
  const [one] = mine.data.items
  if (!one) throw new Error('no case on the desk')
  const withProfile = await statementsOf(() =>
    call(app, helper, 'GET', `/api/v1/staff/cases/${one.id}`),
  )
  const bare = await statementsOf(() => call(app, resident, 'GET', `/api/v1/cases/${one.id}`))
  // The same case, once as its 帮办员 (grant and profile: one more statement) and once as its owner.
  if (bare !== null) expect(withProfile).toBe(bare + 1)

  const revoked = await sql
    .updateTable('role_grants')
    .set({ revoked_at: '2026-03-02T01:00:00.000Z' })
    .where('kind', '=', 'helper')
    .where('revoked_at', 'is', null)
    .where('user_id', '=', (await call<{ id: string }>(app, helper, 'GET', '/api/v1/me')).data.id)
    .executeTakeFirst()
  expect(Number(revoked.numUpdatedRows)).toBe(1)
  const denied = await call(app, helper, 'GET', `/api/v1/staff/cases/${one.id}`)
  expect([denied.status, denied.error.message]).toEqual([
    403,
    '仅限帮办员使用，请使用帮办员账号登录',
  ])
})

test('a case page reads the case, its 帮办员, who filed it, its item, timeline and files in one statement', async () => {
  const seal = { kind: 'item', id: 'police-seal-engraving' } as const
  const sealForm = await caseFormOf(app, resident, seal)
  const body = { source: seal, ...(await completeApplication(app, resident, sealForm)) }
  const c = (await call<CaseDetail>(app, resident, 'POST', '/api/v1/cases', body)).data
  let page: CaseDetail | undefined
  const ran = await sqlOf(async () => {
    page = (await call<CaseDetail>(app, resident, 'GET', `/api/v1/cases/${c.id}`)).data
  })
  // The same item, named as the catalog names it when the case is filed.
  expect(page?.items).toEqual(c.items)
  expect(page?.items).toHaveLength(1)
  // The timeline as stored, oldest first, and as the filing answered it.
  const stored = await sql
    .selectFrom('case_events')
    .select(['at', 'event', 'actor', 'note'])
    .where('case_id', '=', c.id)
    .orderBy('id')
    .execute()
  expect(stored.map((e) => e.event)).toEqual(['submitted', 'assigned'])
  expect(page?.timeline).toEqual(stored)
  expect(page?.timeline).toEqual(c.timeline)
  // Its files as stored, each under its material.
  const files = page?.materials.flatMap((m) => m.files) ?? []
  expect(files.length).toBeGreaterThan(0)
  expect(page?.materials).toEqual(c.materials)
  const storedFiles = await sql
    .selectFrom('uploads')
    .select(['id', 'size', 'width', 'height', 'sharpness', 'created_at'])
    .where(
      'id',
      'in',
      files.map((f) => f.id),
    )
    .execute()
  expect(
    files.map(({ id, size, width, height, sharpness, createdAt }) => ({
      id,
      size,
      width,
      height,
      sharpness,
      created_at: createdAt,
    })),
  ).toEqual(expect.arrayContaining(storedFiles))
  expect(storedFiles).toHaveLength(files.length)
  if (ran === null) return // counted on SQLite
  const naming = (table: string) => ran.filter((text) => text.includes(`"${table}"`))
  expect(naming('case_helpers')).toHaveLength(1)
  expect(naming('proxy_audit')).toEqual(naming('case_helpers'))
  expect(naming('cases')).toEqual(naming('case_helpers'))
  expect(naming('catalog_items')).toEqual(naming('case_helpers'))
  expect(naming('case_events')).toEqual(naming('case_helpers'))
  expect(naming('uploads')).toEqual(naming('case_helpers'))
  // The session and the case (with its timeline and files): no catalog version read for the name.
  expect(naming('catalog_version')).toEqual([])
  expect(ran).toHaveLength(2)
})
