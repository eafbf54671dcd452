// 管理后台 · 律师: the public profile residents choose by, pause/resume, audited; a phone or a
// licence number never leaves the server whole, to the console or into the audit log.
import type {
  AdminLawyer,
  AdminLawyerList,
  Consultation,
  LawyerEdit,
  Lawyer,
} from '../../../src/services/contract'
import { login, testApp } from '../helpers'
import { caller } from './content-support'

const { app } = testApp()
let admin = ''
let resident = ''
let lawyer3 = ''
const { get, post, audit } = caller(app, () => admin)
beforeAll(async () => {
  await app.ready()
  admin = await login(app, 'dev:admin-1')
  resident = await login(app, 'dev:lawyers-console-resident')
  lawyer3 = await login(app, 'dev:lawyer-3')
})
afterAll(() => app.close())

const EDIT: LawyerEdit = {
  firm: '内蒙古示例律师事务所',
  specialties: ['labor', 'family'],
  years: 20,
  intro: '二十年劳动争议与婚姻家庭实务，每周三在青山区公共法律服务中心值班。',
}
const WHOLE_NUMBER = /1[3-9]\d{9}|\d{17}/
const publicLawyers = async () =>
  (await get<{ items: Lawyer[] }>('/api/v1/legal/lawyers', resident)).data.items

test('the console sees phones and licence numbers masked only', async () => {
  const answer = await get<AdminLawyerList>('/api/v1/admin/lawyers')
  expect(JSON.stringify(answer.data)).not.toMatch(WHOLE_NUMBER)
  expect(answer.data.items.find((l) => l.id === 'lawyer-1')).toMatchObject({
    phone: '139****0001',
    licenceNo: '1150****0100',
    paused: false,
    granted: true,
  })
})

test('an edited profile is what residents see at once; audited masked', async () => {
  const saved = await post<AdminLawyer>('/api/v1/admin/lawyers/lawyer-2', {
    ...EDIT,
    phone: '13847200042',
    licenceNo: '11502201999000042',
  })
  expect(saved.status).toBe(200)
  expect(saved.data).toMatchObject({ ...EDIT, phone: '138****0042', licenceNo: '1150****0042' })
  expect((await publicLawyers()).find((l) => l.id === 'lawyer-2')).toMatchObject({
    firm: EDIT.firm,
    specialties: EDIT.specialties,
    specialtyText: '劳务争议/欠薪、婚姻家庭',
    years: 20,
    intro: EDIT.intro,
  })
  const [row] = await audit('lawyer')
  expect(row).toMatchObject({
    action: 'lawyer.edited',
    target: { kind: 'lawyer', id: 'lawyer-2' },
    before: { firm: '青山区公共法律服务中心（值班律师）', years: 9, phone: '139****0002' },
    after: { firm: EDIT.firm, years: 20, phone: '138****0042' },
  })
  expect(JSON.stringify(row)).not.toMatch(WHOLE_NUMBER)

  // Leaving the numbers out keeps them.
  const again = await post<AdminLawyer>('/api/v1/admin/lawyers/lawyer-2', EDIT)
  expect(again.data.phone).toBe('138****0042')
})

test.each<[string, Record<string, unknown>, string]>([
  ['no specialty', { specialties: [] }, '请至少选择一个擅长领域'],
  ['a specialty twice', { specialties: ['labor', 'labor'] }, '擅长领域不能重复选择'],
  ['an unknown specialty', { specialties: ['murder'] }, '请选择咨询的问题类型'],
  ['negative years', { years: -1 }, '执业年限不能小于0'],
  ['years of a lifetime', { years: 61 }, '执业年限不能大于60'],
  ['a blank introduction', { intro: '\u200b\u200b' }, '请填写律师简介'],
  ['an introduction too long', { intro: '律'.repeat(301) }, '律师简介不能超过300个字'],
  [
    'a licence of letters',
    { licenceNo: 'DROP TABLE lawyers' },
    '律师执业证号应为17位数字，请核对执业证',
  ],
  [
    'a phone too short',
    { phone: '1380000' },
    '联系电话应为11位手机号或带区号的座机（如 0472-3100001）',
  ],
])('%s is refused and nothing changes', async (_, bad, message) => {
  const before = (await audit('lawyer')).length
  const answer = await post('/api/v1/admin/lawyers/lawyer-1', { ...EDIT, ...bad })
  expect(answer.status).toBe(400)
  expect(Object.values(answer.error?.fields ?? {})).toContain(message)
  expect(await audit('lawyer')).toHaveLength(before)
})

test('an unknown lawyer is a 404', async () => {
  const answer = await post('/api/v1/admin/lawyers/lawyer-404/pause')
  expect(answer.status).toBe(404)
  expect(answer.error?.message).toBe('没有找到该律师，请刷新列表后重试')
})

test('a paused lawyer takes no new question but answers the waiting one; resumed, takes questions again', async () => {
  const asked = await post<Consultation>(
    '/api/v1/legal/consultations',
    {
      lawyerId: 'lawyer-3',
      topic: 'traffic',
      question: '电动车被汽车撞了，对方保险公司不赔怎么办？',
    },
    resident,
  )
  expect(asked.status).toBe(201)
  const before = (await audit('lawyer')).length
  expect((await post<AdminLawyer>('/api/v1/admin/lawyers/lawyer-3/pause')).data.paused).toBe(true)
  await post('/api/v1/admin/lawyers/lawyer-3/pause')
  expect(await audit('lawyer')).toHaveLength(before + 1)
  expect((await publicLawyers()).map((l) => l.id)).not.toContain('lawyer-3')

  const refused = await post(
    '/api/v1/legal/consultations',
    { lawyerId: 'lawyer-3', topic: 'traffic', question: '再问一个问题：交警的责任认定书多久出？' },
    resident,
  )
  expect(refused.status).toBe(400)
  expect(refused.error?.fields?.lawyerId).toBe('没有这位律师，请重新选择')

  const answered = await post<Consultation>(
    `/api/v1/legal/consultations/${asked.data.id}/messages`,
    { body: '请先拿到交警出具的事故责任认定书，再向对方保险公司书面索赔。' },
    lawyer3,
  )
  expect(answered.status).toBe(201)
  expect(answered.data.status).toBe('answered')

  await post('/api/v1/admin/lawyers/lawyer-3/resume')
  expect((await publicLawyers()).map((l) => l.id)).toContain('lawyer-3')
  expect((await audit('lawyer')).slice(0, 2).map((r) => r.action)).toEqual([
    'lawyer.resumed',
    'lawyer.paused',
  ])
})
