import type { FastifyInstance } from 'fastify'
import type { CaseDetail, CaseForm } from '../../../src/services/contract'
import { login, testApp } from '../helpers'
import { call, caseFormOf, completeApplication } from './support'

let app: FastifyInstance
let resident: string

const SETUP = { kind: 'bundle', id: 'bundle-enterprise-setup' } as const
const NEWBORN = { kind: 'bundle', id: 'bundle-newborn' } as const

beforeAll(async () => {
  ;({ app } = testApp())
  resident = await login(app, 'dev:form-kinds')
})
afterAll(async () => {
  await app.close()
})

const fieldOf = (form: CaseForm, key: string) => form.fields.find((f) => f.key === key)

describe('forms ask only what can be known', () => {
  test('企业开办一件事 asks no 统一社会信用代码 or bank account of the company it creates', async () => {
    const form = await caseFormOf(app, resident, SETUP)
    const keys = form.fields.map((f) => f.key)
    expect(keys).not.toContain('uscc')
    expect(keys).not.toContain('bankAccount')
    expect(keys).toEqual(expect.arrayContaining(['enterpriseName', 'bankName', 'enterpriseType']))
    const view = await call<{ fields: { key: string }[] }>(
      app,
      resident,
      'GET',
      '/api/v1/catalog/bundles/bundle-enterprise-setup',
    )
    expect(view.data.fields.map((f) => f.key)).not.toContain('uscc')
  })

  test('the same item done alone, for a company that exists, still asks its code', async () => {
    const seal = await caseFormOf(app, resident, { kind: 'item', id: 'police-seal-engraving' })
    expect(fieldOf(seal, 'uscc')?.rule).toBe('uscc')
  })

  test('主体类型 and the tax questions are choices with their answers on the wire', async () => {
    const form = await caseFormOf(app, resident, SETUP)
    expect(fieldOf(form, 'enterpriseType')).toMatchObject({
      rule: 'choice',
      choices: expect.arrayContaining(['有限责任公司（自然人独资）', '个人独资企业']),
    })
    expect(fieldOf(form, 'taxpayerType')?.choices).toEqual(['小规模纳税人', '一般纳税人'])
    expect(fieldOf(form, 'enterpriseName')?.choices).toBeUndefined()
  })

  test('出生日期 is a date, checked by the server as a real past day', async () => {
    const form = await caseFormOf(app, resident, NEWBORN)
    expect(fieldOf(form, 'birthDate')?.rule).toBe('date')
    const good = await completeApplication(app, resident, form)
    const attempt = (birthDate: string) =>
      call<CaseDetail>(app, resident, 'POST', '/api/v1/cases', {
        source: NEWBORN,
        ...good,
        fields: { ...good.fields, birthDate },
      })
    const typed = await attempt('2025年3月1日')
    expect(typed.status).toBe(422)
    expect(typed.error.fields?.['field:birthDate']).toBe('请用日期选择器选择日期')
    const future = await attempt('2999-01-01')
    expect(future.error.fields?.['field:birthDate']).toBe('这个日期还没有到，请核对后重新选择')
  })

  test('a choice field accepts only one of its answers', async () => {
    const form = await caseFormOf(app, resident, SETUP)
    const good = await completeApplication(app, resident, form)
    const res = await call<CaseDetail>(app, resident, 'POST', '/api/v1/cases', {
      source: SETUP,
      ...good,
      fields: { ...good.fields, enterpriseType: '有线公司' },
    })
    expect(res.status).toBe(422)
    expect(res.error.fields?.['field:enterpriseType']).toBe('请从列表中选择一项')
  })
})
