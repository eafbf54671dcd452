import type { FastifyInstance } from 'fastify'
import type {
  Appointment,
  AuditList,
  CaseDetail,
  LicenceList,
} from '../../../src/services/contract'
import { writtenOrder, type Sql } from '../../../mock/db/engine'
import { login, PEOPLE, testApp, verifyAs } from '../helpers'
import { booking, itemOf, newKey } from '../appointment/support'
import { CLINIC, caseFormOf, completeApplication } from '../cases/support'
import { call, claimedGrant } from './support'

let app: FastifyInstance
let sql: Sql
let clock: ReturnType<typeof testApp>['clock']
let grandma: string
let grandson: string
let stranger: string
let inScope: string
let outOfScope: string

beforeAll(async () => {
  ;({ app, clock, sql } = testApp())
  grandma = await login(app, 'dev:grandma')
  grandson = await login(app, 'dev:grandson')
  stranger = await login(app, 'dev:stranger')
  ;[inScope, outOfScope] = await itemOf(app, grandma)
})
afterAll(async () => {
  await app.close()
})

const DAY = 86_400_000
const bookFor = (token: string, grantId: string, itemId: string, slot?: string, key = newKey()) =>
  call<Appointment>(
    app,
    token,
    'POST',
    '/api/v1/appointments',
    { ...booking(itemId, slot), actingFor: grantId },
    key,
  )
const auditRows = (grantId: string) =>
  sql
    .selectFrom('proxy_audit')
    .select(['action', 'item_id', 'target_id'])
    .where('grant_id', '=', grantId)
    .orderBy('at')
    .orderBy(writtenOrder(sql))
    .execute()

describe('booking on behalf', () => {
  test('lands in the grantor’s 我的预约 marked 由 李* 代办, with one audit row', async () => {
    const grant = await claimedGrant(app, grandma, grandson, [inScope])
    const res = await bookFor(grandson, grant.id, inScope)
    expect(res.status).toBe(201)
    expect(res.data.actedBy).toBe('李*')
    const row = await sql
      .selectFrom('appointments')
      .select('user_id')
      .where('id', '=', res.data.id)
      .executeTakeFirst()
    const owner = await sql
      .selectFrom('proxy_grants')
      .select('grantor_id')
      .where('id', '=', grant.id)
      .executeTakeFirst()
    expect(row?.user_id).toBe(owner?.grantor_id)
    const hers = await call<{ items: Appointment[] }>(app, grandma, 'GET', '/api/v1/appointments')
    expect(hers.data.items.map((a) => [a.id, a.actedBy])).toContainEqual([res.data.id, '李*'])
    const his = await call<{ items: Appointment[] }>(app, grandson, 'GET', '/api/v1/appointments')
    expect(his.data.items).toHaveLength(0)
    expect((await auditRows(grant.id)).slice(-1)).toEqual([
      { action: 'booked', item_id: inScope, target_id: res.data.id },
    ])
    const audit = await call<AuditList>(app, grandma, 'GET', '/api/v1/proxy/audit')
    expect(audit.data.items[0]).toMatchObject({
      action: 'booked',
      granteeName: '李*',
      targetId: res.data.id,
    })
    const mine = await call<AuditList>(app, grandson, 'GET', '/api/v1/proxy/audit?as=grantee')
    expect(mine.data.items[0]).toMatchObject({ action: 'booked', targetId: res.data.id })
  })

  test('a retried request with the same key creates one booking and one audit row', async () => {
    const grant = await claimedGrant(app, grandma, grandson, [inScope])
    const key = newKey()
    const slot = '2026-03-04T10:00:00+08:00'
    const first = await bookFor(grandson, grant.id, inScope, slot, key)
    const again = await bookFor(grandson, grant.id, inScope, slot, key)
    expect([first.status, again.data.id]).toEqual([201, first.data.id])
    expect((await auditRows(grant.id)).filter((r) => r.action === 'booked')).toHaveLength(1)
  })

  test('an item outside the scope is refused with what to do, and nothing is stored', async () => {
    const grant = await claimedGrant(app, grandma, grandson, [inScope])
    const appointments = () => sql.selectFrom('appointments').select('id').execute()
    const before = (await appointments()).length
    const res = await bookFor(grandson, grant.id, outOfScope, '2026-03-05T10:00:00+08:00')
    expect(res.status).toBe(403)
    expect(res.error).toMatchObject({
      code: 'PROXY_OUT_OF_SCOPE',
      message: '该授权不包含此事项，请让家人重新授权',
    })
    expect(await appointments()).toHaveLength(before)
    expect((await auditRows(grant.id)).map((r) => r.action)).toEqual(['granted', 'claimed'])
  })

  test('a third user, an unknown grant or a hostile id is refused', async () => {
    const grant = await claimedGrant(app, grandma, grandson, [inScope])
    const third = await bookFor(stranger, grant.id, inScope, '2026-03-05T15:00:00+08:00')
    expect([third.status, third.error.code]).toEqual([403, 'PROXY_NOT_GRANTEE'])
    expect((await bookFor(grandson, "' OR 1=1 --", inScope)).error.code).toBe('PROXY_NOT_GRANTEE')
    expect((await bookFor(grandson, 'x'.repeat(65), inScope)).status).toBe(400)
  })

  test('an unclaimed grant cannot be used, not even by the grantor', async () => {
    const created = await call<{ id: string }>(app, grandma, 'POST', '/api/v1/proxy/grants', {
      granteeKind: 'relative',
      granteeName: '李明',
      relation: '孙子',
      itemIds: [inScope],
      days: 1,
    })
    expect((await bookFor(grandma, created.data.id, inScope)).error.code).toBe('PROXY_NOT_GRANTEE')
  })

  test('revocation takes effect at once', async () => {
    const grant = await claimedGrant(app, grandma, grandson, [inScope, outOfScope])
    const revoked = await call<{ status: string }>(
      app,
      grandma,
      'POST',
      `/api/v1/proxy/grants/${grant.id}/revoke`,
    )
    expect(revoked.data.status).toBe('revoked')
    const res = await bookFor(grandson, grant.id, outOfScope, '2026-03-06T10:00:00+08:00')
    expect(res.status).toBe(403)
    expect(res.error).toMatchObject({
      code: 'PROXY_REVOKED',
      message: '家人已撤销对您的授权，不能再代为办理；如需继续，请让家人重新授权',
    })
    expect((await auditRows(grant.id)).map((r) => r.action)).toEqual([
      'granted',
      'claimed',
      'revoked',
    ])
    const again = await call<{ status: string }>(
      app,
      grandma,
      'POST',
      `/api/v1/proxy/grants/${grant.id}/revoke`,
    )
    expect(again.data.status).toBe('revoked')
    expect(await auditRows(grant.id)).toHaveLength(3)
  })

  test('after the validity window the grant is expired and refused', async () => {
    const created = await call<{ id: string; code: { digits: string } }>(
      app,
      grandma,
      'POST',
      '/api/v1/proxy/grants',
      {
        granteeKind: 'relative',
        granteeName: '李明',
        relation: '孙子',
        itemIds: [outOfScope],
        days: 1,
      },
    )
    await call(
      app,
      grandson,
      'POST',
      '/api/v1/proxy/claims',
      { code: created.data.code.digits },
      null,
    )
    clock.advance(DAY)
    const res = await bookFor(grandson, created.data.id, outOfScope, '2026-03-09T10:00:00+08:00')
    expect([res.status, res.error.code]).toEqual([403, 'PROXY_EXPIRED'])
    const list = await call<{ items: { id: string; status: string }[] }>(
      app,
      grandson,
      'GET',
      '/api/v1/proxy/acting',
    )
    expect(list.data.items.find((g) => g.id === created.data.id)?.status).toBe('expired')
  })
})

describe('一键代办 on behalf', () => {
  test('the grantee applies with their uploads; the case is the grantor’s, marked and audited', async () => {
    const itemId = (await caseFormOf(app, grandson)).items[0]?.id ?? ''
    const form = { data: await caseFormOf(app, grandson, { kind: 'item', id: itemId }) }
    const grant = await claimedGrant(app, grandma, grandson, [itemId])
    const application = await completeApplication(app, grandson, form.data)
    const res = await call<CaseDetail>(app, grandson, 'POST', '/api/v1/cases', {
      source: { kind: 'item', id: itemId },
      ...application,
      actingFor: grant.id,
    })
    expect(res.status).toBe(201)
    expect(res.data.actedBy).toBe('李*')
    const hers = await call<{ items: { id: string; actedBy?: string }[] }>(
      app,
      grandma,
      'GET',
      '/api/v1/cases',
    )
    expect(hers.data.items).toContainEqual(
      expect.objectContaining({ id: res.data.id, actedBy: '李*' }),
    )
    expect((await auditRows(grant.id)).slice(-1)).toEqual([
      { action: 'applied', item_id: itemId, target_id: res.data.id },
    ])
    const bundleCase = await call(app, grandson, 'POST', '/api/v1/cases', {
      source: CLINIC,
      ...application,
      actingFor: grant.id,
    })
    expect(bundleCase.error.code).toBe('PROXY_OUT_OF_SCOPE')
  })
})

test('a grantee cannot hand in their own 电子证照 as the grantor’s material', async () => {
  // The grandson holds licences of his own (he is the doctor of the seeded 人口库).
  await verifyAs(app, grandson, PEOPLE.doctor)
  const own = await call<LicenceList>(app, grandson, 'GET', '/api/v1/ecert/licences')
  const idCard = own.data.items.find((l) => l.kind === 'id_card')
  const itemId = (await caseFormOf(app, grandson)).items[0]?.id ?? ''
  const form = { data: await caseFormOf(app, grandson, { kind: 'item', id: itemId }) }
  const idMaterial = form.data.materials.find(
    (m) => m.material.ecertAccepted && m.material.name.includes('身份证'),
  )?.material.id
  expect(idCard && idMaterial).toBeTruthy()
  const grant = await claimedGrant(app, grandma, grandson, [itemId])
  const application = await completeApplication(app, grandson, form.data)
  const res = await call(app, grandson, 'POST', '/api/v1/cases', {
    source: { kind: 'item', id: itemId },
    fields: application.fields,
    materials: [
      ...application.materials.filter((m) => m.materialId !== idMaterial),
      { materialId: idMaterial, uploadIds: [], licenceId: idCard?.id },
    ],
    actingFor: grant.id,
  })
  expect(res.status).toBe(422)
  expect(res.error.fields?.[`material:${idMaterial}`]).toBeTruthy()
})
