import type { FastifyInstance } from 'fastify'
import type { CaseDetail, CaseForm, CaseList } from '../../../src/services/contract'
import type { Sql } from '../../../mock/db/engine'
import { breakCheckChar, login, testApp } from '../helpers'
import {
  caseFormOf,
  CLINIC,
  call,
  completeApplication,
  newKey,
  pdf,
  png,
  upload,
  PAGE,
} from './support'

let app: FastifyInstance
let sql: Sql
let resident: string
let form: CaseForm

beforeAll(async () => {
  ;({ app, sql } = testApp())
  resident = await login(app, 'dev:case-resident')
  form = await caseFormOf(app, resident)
})
afterAll(async () => {
  await app.close()
})

describe('the merged form', () => {
  test('诊所备案一件事 asks each shared field and material once, naming the items that need it', () => {
    expect(form.title).toBe('诊所备案一件事')
    expect(form.items.map((i) => i.name)).toEqual([
      '医师执业注册（变更执业地点）',
      '护士执业注册（变更注册）',
      '诊所备案',
    ])
    const keys = form.fields.map((f) => f.key)
    expect(new Set(keys).size).toBe(keys.length)
    expect(form.fields.find((f) => f.key === 'idNumber')?.rule).toBe('id_number')
    const ids = form.materials.map((m) => m.material.id)
    expect(new Set(ids).size).toBe(ids.length)
    const idCard = form.materials.find((m) => m.material.name.includes('身份证'))
    expect(idCard?.forItems.length).toBeGreaterThan(1)
    expect(form.promisedDays).toBe(1)
  })

  test('every form names the applicant, once, however few fields the guide asks', async () => {
    const page = await call<{ items: { id: string }[] }>(
      app,
      resident,
      'GET',
      '/api/v1/catalog/items?type=public_service&pageSize=1',
    )
    const id = page.data.items[0]?.id ?? ''
    const item = await call<CaseForm>(app, resident, 'GET', `/api/v1/cases/form?kind=item&id=${id}`)
    expect(item.status).toBe(200)
    const keys = item.data.fields.map((f) => f.key)
    expect(keys).toEqual(expect.arrayContaining(['applicantName', 'idNumber', 'phone']))
    expect(new Set(keys).size).toBe(keys.length)
    const missing = await call(app, resident, 'GET', '/api/v1/cases/form?kind=item&id=no-such-item')
    expect([missing.status, missing.error.message]).toEqual([
      404,
      '没有找到可申办的事项，请返回办事指南重新选择',
    ])
  })
})

describe('submitting a case', () => {
  test('the server repeats 材料体检 and says what to fix, field by field', async () => {
    const good = await completeApplication(app, resident, form)
    const badId = {
      ...good,
      fields: { ...good.fields, idNumber: breakCheckChar(good.fields.idNumber ?? '') },
    }
    const [first, ...rest] = good.materials
    const res = await call<CaseDetail>(app, resident, 'POST', '/api/v1/cases', {
      source: CLINIC,
      ...badId,
      materials: rest,
    })
    expect(res.status).toBe(422)
    expect(res.error.code).toBe('CASE_NOT_READY')
    expect(res.error.message).toMatch(/^材料体检未通过（2项）/)
    expect(res.error.fields?.['field:idNumber']).toMatch(/校验码/)
    expect(res.error.fields?.[`material:${first?.materialId}`]).toMatch(/^请上传/)
  })

  test("someone else's upload counts as missing", async () => {
    const other = await login(app, 'dev:case-other')
    const theirs = await upload(app, other, 'id.png', png(PAGE.width, PAGE.height, 999))
    const good = await completeApplication(app, resident, form)
    const [first, ...rest] = good.materials
    if (!first) throw new Error('no required material')
    const res = await call(app, resident, 'POST', '/api/v1/cases', {
      source: CLINIC,
      ...good,
      materials: [{ ...first, uploadIds: [theirs.data.id] }, ...rest],
    })
    expect(res.status).toBe(422)
    expect(res.error.fields?.[`material:${first.materialId}`]).toBe(
      '有文件已失效，请删除后重新上传',
    )
  })

  test('a complete case is numbered, assigned to a 帮办员 and waits for 受理; a retry creates nothing', async () => {
    const body = { source: CLINIC, ...(await completeApplication(app, resident, form)) }
    const key = newKey()
    const first = await call<CaseDetail>(app, resident, 'POST', '/api/v1/cases', body, key)
    expect(first.status).toBe(201)
    expect(first.data).toMatchObject({
      number: 'QS202603020001',
      title: '诊所备案一件事',
      status: 'submitted',
      applicant: '王*',
      clock: { state: 'waiting', deadline: null, overdue: false },
      helper: { name: '李帮办', desk: '青山区政务服务中心 帮办代办窗口' },
    })
    expect(first.data.timeline.map((e) => e.event)).toEqual(['submitted', 'assigned'])
    expect(first.data.fields.find((f) => f.key === 'idNumber')?.value).toMatch(
      /^1502\*{10}\d{3}[\dX]$/,
    )
    expect(first.data.fields.find((f) => f.key === 'phone')?.value).toBe('138****5678')

    const again = await call<CaseDetail>(app, resident, 'POST', '/api/v1/cases', body, key)
    expect([again.status, again.data.id]).toEqual([201, first.data.id])
    const mine = await call<CaseList>(app, resident, 'GET', '/api/v1/cases')
    expect(mine.data.items.map((c) => c.id)).toEqual([first.data.id])
    expect(await sql.selectFrom('cases').select('id').execute()).toHaveLength(1)
  })

  test('the next case goes to the 帮办员 with fewer open cases', async () => {
    const body = { source: CLINIC, ...(await completeApplication(app, resident, form)) }
    const second = await call<CaseDetail>(app, resident, 'POST', '/api/v1/cases', body)
    expect(second.data.helper?.name).toBe('赵帮办')
    expect(second.data.number).toBe('QS202603020002')
  })

  test("another user's case is not found", async () => {
    const [own] = (await call<CaseList>(app, resident, 'GET', '/api/v1/cases')).data.items
    const other = await login(app, 'dev:case-stranger')
    const res = await call(app, other, 'GET', `/api/v1/cases/${own?.id}`)
    expect([res.status, res.error.message]).toEqual([404, '没有找到该办件，请刷新“我的办件”后重试'])
  })
})

// Last: the cases it creates would shift the numbering and 帮办员 turns the tests above expect.
describe('files per material', () => {
  test('a material takes up to 10 files: the 11th is refused in words', async () => {
    const application = await completeApplication(app, resident, form)
    const [first, ...rest] = application.materials
    if (!first) throw new Error('the clinic form has required materials')
    const files: string[] = []
    for (let i = 0; i < 11; i++) {
      files.push((await upload(app, resident, `第${i + 1}页.pdf`, pdf(`page ${i}`))).data.id)
    }
    const withFiles = (count: number) => ({
      source: CLINIC,
      fields: application.fields,
      materials: [{ ...first, uploadIds: files.slice(0, count) }, ...rest],
    })
    const eleven = await call(app, resident, 'POST', '/api/v1/cases', withFiles(11), newKey())
    expect(eleven.status).toBe(400)
    expect(eleven.error.fields?.['materials.0.uploadIds']).toBe(
      '每项材料最多10个文件，请删去多余的再提交',
    )
    const ten = await call<CaseDetail>(
      app,
      resident,
      'POST',
      '/api/v1/cases',
      withFiles(10),
      newKey(),
    )
    expect(ten.status).toBe(201)
    expect(ten.data.materials.find((m) => m.materialId === first.materialId)?.files).toHaveLength(
      10,
    )
  })
})
