import type { FastifyInstance } from 'fastify'
import type { CaseDetail, CaseForm, CaseList } from '../../../src/services/contract'
import { login, testApp } from '../helpers'
import { caseFormOf, call, newKey, png, submitClinicCase, upload, PAGE } from './support'

const HOUR = 3_600_000
let app: FastifyInstance
let clock: ReturnType<typeof testApp>['clock']
let resident: string
let helper: string
let otherHelper: string
let form: CaseForm

beforeAll(async () => {
  ;({ app, clock } = testApp())
  resident = await login(app, 'dev:life-resident')
  helper = await login(app, 'dev:helper-1')
  otherHelper = await login(app, 'dev:helper-2')
  form = await caseFormOf(app, resident)
})
afterAll(async () => {
  await app.close()
})

const submit = () => submitClinicCase(app, resident, form)
const staff = (as: string, id: string, step: string, payload?: object) =>
  call<CaseDetail>(app, as, 'POST', `/api/v1/staff/cases/${id}/${step}`, payload, null)
/** Cases go to whichever helper has fewer open ones: act as the one it went to. */
const helperOf = (c: CaseDetail) => (c.helper?.name === '李帮办' ? helper : otherHelper)
const othersOf = (c: CaseDetail) => (c.helper?.name === '李帮办' ? otherHelper : helper)

describe('the 帮办员 desk', () => {
  test('only 帮办员 open it, and each sees only the cases assigned to them', async () => {
    const c = await submit()
    expect(c.helper?.name).toBe('李帮办')
    const list = await call<CaseList>(app, helper, 'GET', '/api/v1/staff/cases')
    expect(list.data.items.map((i) => i.id)).toContain(c.id)
    const theirs = await call<CaseList>(app, otherHelper, 'GET', '/api/v1/staff/cases')
    expect(theirs.data.items.map((i) => i.id)).not.toContain(c.id)
    expect((await staff(otherHelper, c.id, 'accept')).status).toBe(404)
    const denied = await call(app, resident, 'GET', '/api/v1/staff/cases')
    expect([denied.status, denied.error.message]).toEqual([
      403,
      '仅限帮办员使用，请使用帮办员账号登录',
    ])
    const window = await login(app, 'dev:staff-center-1')
    expect((await call(app, window, 'GET', '/api/v1/staff/cases')).status).toBe(403)
  })
})

describe('受理 → 办结 with the 承诺时限 clock', () => {
  test('受理 on Monday starts a 1-working-day clock ending Tuesday; 办结 stops it on time', async () => {
    const c = await submit()
    const accepted = await staff(helperOf(c), c.id, 'accept')
    expect(accepted.data).toMatchObject({
      status: 'accepted',
      clock: {
        state: 'running',
        deadline: '2026-03-03T16:00:00.000Z',
        workingDaysLeft: 1,
        overdue: false,
      },
    })
    expect(accepted.data.timeline.at(-1)).toMatchObject({
      event: 'accepted',
      actor: `帮办员${c.helper?.name}`,
      note: '已受理，承诺1个工作日内办结（受理次日起算），最迟3月3日 周二',
    })
    const twice = await staff(helperOf(c), c.id, 'accept')
    expect([twice.status, twice.error.message]).toEqual([
      409,
      '该办件当前为“办理中”，不能受理，请刷新后查看最新进度',
    ])
    const done = await staff(helperOf(c), c.id, 'finish', {
      result: '已核发诊所备案凭证，可到24号窗口领取',
    })
    expect(done.data).toMatchObject({
      status: 'finished',
      result: '已核发诊所备案凭证，可到24号窗口领取',
      clock: { state: 'stopped', overdue: false },
    })
    const closed = await call<CaseList>(app, helperOf(c), 'GET', '/api/v1/staff/cases?scope=closed')
    expect(closed.data.items.map((i) => i.id)).toContain(c.id)
  })

  test('past the deadline the case is flagged overdue, and stays flagged once finished late', async () => {
    const c = await submit()
    await staff(helperOf(c), c.id, 'accept')
    clock.advance(2 * 24 * HOUR) // Wednesday: Tuesday's deadline has passed
    const late = await call<CaseDetail>(app, resident, 'GET', `/api/v1/cases/${c.id}`)
    expect(late.data.clock).toMatchObject({ state: 'running', overdue: true, workingDaysLeft: -1 })
    const done = await staff(helperOf(c), c.id, 'finish', { result: '已办结' })
    expect(done.data.clock).toMatchObject({ state: 'stopped', overdue: true })
    clock.advance(-2 * 24 * HOUR)
  })

  test('不予受理 needs a reason and closes the case', async () => {
    const c = await submit()
    const blank = await staff(helperOf(c), c.id, 'refuse', { reason: ' ' })
    expect([blank.status, blank.error.fields?.reason]).toEqual([400, '请写明不予受理的理由和依据'])
    const refused = await staff(helperOf(c), c.id, 'refuse', {
      reason: '申请人不具备执业医师资格，依据《医师法》第十三条',
    })
    expect(refused.data).toMatchObject({ status: 'refused', clock: { state: 'waiting' } })
    expect((await staff(helperOf(c), c.id, 'accept')).status).toBe(409)
  })
})

describe('补正 round trip', () => {
  test('everything to fix is listed at once; resubmitting needs each listed item changed', async () => {
    const c = await submit()
    const [m1, m2] = c.materials.filter((m) => m.required)
    if (!m1 || !m2) throw new Error('needs two required materials')
    const unknown = await staff(helperOf(c), c.id, 'correction', {
      items: [{ target: 'material:no-such', reason: '不清晰' }],
    })
    expect(unknown.status).toBe(400)
    const asked = await staff(helperOf(c), c.id, 'correction', {
      items: [
        { target: `material:${m1.materialId}`, reason: '照片反光，看不清证号，请重拍' },
        { target: `material:${m2.materialId}`, reason: '缺少盖章页' },
        { target: 'field:phone', reason: '电话无法接通，请核对' },
      ],
    })
    expect(asked.data.status).toBe('correction')
    expect(asked.data.corrections.map((x) => x.label)).toEqual([m1.name, m2.name, '联系电话'])
    expect(asked.data.timeline.at(-1)?.note).toBe(
      `一次性告知补正3项：${m1.name}、${m2.name}、联系电话`,
    )
    expect((await staff(helperOf(c), c.id, 'accept')).status).toBe(409)

    const nothing = await call(app, resident, 'POST', `/api/v1/cases/${c.id}/resubmit`, {
      fields: {},
      materials: [],
    })
    expect(nothing.status).toBe(422)
    expect(nothing.error.message).toBe('还有3项补正内容没有修改，请按补正清单逐项修改后再提交')
    const samePhone = await call(app, resident, 'POST', `/api/v1/cases/${c.id}/resubmit`, {
      fields: { phone: '13812345678' },
      materials: [],
    })
    expect(samePhone.error.fields?.['field:phone']).toBe('电话无法接通，请核对')

    const retaken = await upload(app, resident, '重拍.png', png(PAGE.width, PAGE.height, 4242))
    const signed = await upload(app, resident, '盖章页.png', png(PAGE.width, PAGE.height, 4343))
    const badPhone = await call(app, resident, 'POST', `/api/v1/cases/${c.id}/resubmit`, {
      fields: { phone: '1398765' },
      materials: [],
    })
    expect(badPhone.error.fields?.['field:phone']).toBe('手机号应为11位，您输入了7位')
    const fixed = {
      fields: { phone: '13987654321' },
      materials: [
        { materialId: m1.materialId, uploadIds: [retaken.data.id], licenceId: null },
        {
          materialId: m2.materialId,
          uploadIds: [...m2.files.map((f) => f.id), signed.data.id],
          licenceId: null,
        },
      ],
    }
    const key = newKey()
    const back = await call<CaseDetail>(
      app,
      resident,
      'POST',
      `/api/v1/cases/${c.id}/resubmit`,
      fixed,
      key,
    )
    expect(back.status).toBe(201)
    expect(back.data).toMatchObject({ status: 'submitted', corrections: [] })
    expect(back.data.fields.find((f) => f.key === 'phone')?.value).toBe('139****4321')
    expect(back.data.fields.find((f) => f.key === 'applicantName')?.value).toBe('王丽')
    expect(back.data.timeline.at(-1)).toMatchObject({
      event: 'resubmitted',
      note: '已按补正清单修改3项并重新提交',
    })
    const replay = await call<CaseDetail>(
      app,
      resident,
      'POST',
      `/api/v1/cases/${c.id}/resubmit`,
      fixed,
      key,
    )
    expect([replay.status, replay.data.timeline.length]).toEqual([201, back.data.timeline.length])
    expect((await staff(helperOf(c), c.id, 'accept')).data.status).toBe('accepted')
  })

  test('the 帮办员 may open the files of a case assigned to them, nobody else may', async () => {
    const c = await submit()
    const fileId = c.materials.find((m) => m.files.length > 0)?.files[0]?.id ?? ''
    const get = (token: string) =>
      app.inject({
        method: 'GET',
        url: `/api/v1/uploads/${fileId}`,
        headers: { authorization: `Bearer ${token}` },
      })
    expect((await get(resident)).headers['content-type']).toBe('application/pdf')
    expect((await get(helperOf(c))).statusCode).toBe(200)
    expect((await get(othersOf(c))).statusCode).toBe(404)
  })
})
