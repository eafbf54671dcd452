import type { FastifyInstance } from 'fastify'
import type { CaseDetail, CaseForm } from '../../../src/services/contract'
import { login, testApp } from '../helpers'
import { caseFormOf, CLINIC, call, completeApplication } from './support'

let app: FastifyInstance
let resident: string
let helpers: Record<string, string>
let form: CaseForm

beforeAll(async () => {
  ;({ app } = testApp())
  resident = await login(app, 'dev:rating-resident')
  helpers = { 李帮办: await login(app, 'dev:helper-1'), 赵帮办: await login(app, 'dev:helper-2') }
  form = await caseFormOf(app, resident)
})
afterAll(async () => {
  await app.close()
})

async function finishedCase() {
  const body = { source: CLINIC, ...(await completeApplication(app, resident, form)) }
  const c = (await call<CaseDetail>(app, resident, 'POST', '/api/v1/cases', body)).data
  const helper = helpers[c.helper?.name ?? ''] ?? ''
  const step = (s: string, payload?: object) =>
    call<CaseDetail>(app, helper, 'POST', `/api/v1/staff/cases/${c.id}/${s}`, payload, null)
  return { c, helper, step }
}
const rate = (id: string, payload: object) =>
  call<CaseDetail>(app, resident, 'POST', `/api/v1/cases/${id}/rating`, payload)

describe('好差评', () => {
  test('only a closed case is rated, once', async () => {
    const { c, step } = await finishedCase()
    const early = await rate(c.id, { level: 'satisfied' })
    expect([early.status, early.error.message]).toEqual([409, '办件办结后才能评价，请在办结后再来'])
    await step('accept')
    await step('finish', { result: '已核发备案凭证' })
    const rated = await rate(c.id, { level: 'very_satisfied', comment: '帮办员很耐心' })
    expect(rated.status).toBe(201)
    expect(rated.data.rating).toMatchObject({
      level: 'very_satisfied',
      comment: '帮办员很耐心',
      followUpDue: null,
      followUp: null,
    })
    expect(rated.data.timeline.at(-1)).toMatchObject({
      event: 'rated',
      note: '评价：非常满意（帮办员很耐心）',
    })
    const again = await rate(c.id, { level: 'dissatisfied', comment: '改主意了' })
    expect([again.status, again.error.message]).toEqual([409, '该办件已评价，每个办件只能评价一次'])
  })

  test('a rating without a level is refused in words, and nothing is stored', async () => {
    const { c, step } = await finishedCase()
    await step('accept')
    await step('finish', { result: '已核发备案凭证' })
    for (const payload of [{ comment: '还行' }, { level: 'great' }]) {
      const refused = await rate(c.id, payload)
      expect([refused.status, refused.error.code]).toEqual([400, 'VALIDATION_FAILED'])
      expect(refused.error.fields?.level).toBe('请选择满意程度（非常满意到非常不满意中的一项）')
    }
    const later = await rate(c.id, { level: 'satisfied' })
    expect(later.status).toBe(201)
  })

  test('a 差评 needs its reason and is followed up by the 帮办员 within 3 working days', async () => {
    const { c, helper, step } = await finishedCase()
    await step('refuse', { reason: '场地面积不符合《诊所基本标准》' })
    const bare = await rate(c.id, { level: 'very_dissatisfied' })
    expect([bare.status, bare.error.code, bare.error.fields?.comment]).toEqual([
      400,
      'VALIDATION_FAILED',
      '请写明不满意的原因，便于整改',
    ])
    const bad = await rate(c.id, {
      level: 'dissatisfied',
      comment: '不予受理前没有提前告知面积要求',
    })
    // Rated on Monday 2026-03-02: three working days later is Thursday.
    expect(bad.data.rating).toMatchObject({
      level: 'dissatisfied',
      followUpDue: '2026-03-05',
      followUp: null,
    })
    expect(bad.data.timeline.at(-1)?.note).toBe(
      '评价：不满意（不予受理前没有提前告知面积要求）；帮办员最迟3月5日 周四回访整改',
    )
    const other = Object.values(helpers).find((h) => h !== helper) ?? ''
    const notMine = await call(
      app,
      other,
      'POST',
      `/api/v1/staff/cases/${c.id}/follow-up`,
      { note: '已回访' },
      null,
    )
    expect(notMine.status).toBe(404)
    const done = await step('follow-up', { note: '已电话回访，今后在材料预审时提前告知场地要求' })
    expect(done.data.rating?.followUp?.note).toBe('已电话回访，今后在材料预审时提前告知场地要求')
    expect(done.data.timeline.at(-1)).toMatchObject({ event: 'followed_up' })
    expect((await step('follow-up', { note: '再次回访' })).status).toBe(409)
  })

  test('a good rating needs no follow-up', async () => {
    const { c, step } = await finishedCase()
    await step('accept')
    await step('finish', { result: '已办结' })
    await rate(c.id, { level: 'basic' })
    const res = await step('follow-up', { note: '回访' })
    expect([res.status, res.error.message]).toEqual([409, '该办件没有差评，无需回访'])
  })
})
