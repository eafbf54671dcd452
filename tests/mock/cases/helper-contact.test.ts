import type { FastifyInstance } from 'fastify'
import type { CaseDetail, HelperContact } from '../../../src/services/contract'
import { servicePointSeed } from '../../../mock/modules/points/seed-data'
import { login, testApp } from '../helpers'
import { caseFormOf, CLINIC, call, completeApplication } from './support'

let app: FastifyInstance
let resident: string
let neighbour: string
const center = servicePointSeed.find((p) => p.features.includes('帮办代办') && p.kind === 'center')

beforeAll(async () => {
  ;({ app } = testApp())
  resident = await login(app, 'dev:call-resident')
  neighbour = await login(app, 'dev:call-neighbour')
})
afterAll(async () => {
  await app.close()
})

const contact = (token: string) => call<HelperContact>(app, token, 'GET', '/api/v1/helper-contact')

describe('打电话给帮办员', () => {
  test('without an open case it rings the 帮办代办 window of the 政务服务中心, with its hours', async () => {
    const res = await contact(resident)
    expect(res.status).toBe(200)
    expect(res.data).toEqual({
      name: '帮办代办窗口',
      desk: center?.name,
      phone: center?.phone,
      hours: center?.hours,
      caseNumber: null,
    })
  })

  test("with an open case it rings that case's 帮办员, and only for its owner", async () => {
    const form = await caseFormOf(app, resident)
    const body = { source: CLINIC, ...(await completeApplication(app, resident, form)) }
    const opened = (await call<CaseDetail>(app, resident, 'POST', '/api/v1/cases', body)).data
    const mine = (await contact(resident)).data
    expect(opened.helper).not.toBeNull()
    expect(mine).toMatchObject({
      name: opened.helper?.name,
      desk: opened.helper?.desk,
      phone: opened.helper?.phone,
      caseNumber: opened.number,
    })
    expect((await contact(neighbour)).data.caseNumber).toBeNull()
  })

  test('once the case is closed, the window again', async () => {
    const { items } = (await call<{ items: CaseDetail[] }>(app, resident, 'GET', '/api/v1/cases'))
      .data
    const helperHandle = items[0]?.helper?.name === '李帮办' ? 'dev:helper-1' : 'dev:helper-2'
    const helper = await login(app, helperHandle)
    const refused = await call(
      app,
      helper,
      'POST',
      `/api/v1/staff/cases/${items[0]?.id}/refuse`,
      { reason: '申请人撤回申请，本件不予受理' },
      null,
    )
    expect(refused.status).toBe(200)
    expect((await contact(resident)).data).toMatchObject({ name: '帮办代办窗口', caseNumber: null })
  })

  test('signed out, nobody is named', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/helper-contact' })
    expect(res.statusCode).toBe(401)
  })
})
