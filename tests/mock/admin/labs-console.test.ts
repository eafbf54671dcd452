// 管理后台 · 检测机构: an edit is validated, audited and seen at once by the mini program's own
// endpoints; taking a lab off hides it and refuses its bookings; the capacity caps a half day.
import type { AdminLab, AdminLabList, Lab, LabEdit } from '../../../src/services/contract'
import { login, testApp } from '../helpers'
import { caller } from './content-support'

const { app } = testApp()
let admin = ''
let resident = ''
const { get, post, audit } = caller(app, () => admin)
beforeAll(async () => {
  await app.ready()
  admin = await login(app, 'dev:admin-1')
  resident = await login(app, 'dev:labs-console-resident')
})
afterAll(() => app.close())

const EDIT: LabEdit = {
  name: '青山区示例环境检测中心',
  services: ['air', 'product'],
  hours: '每天 8:30–18:00 上门采样',
  capacity: 1,
  address: '包头市青山区钢铁大街 示例大厦5楼',
  phone: '0472-3100009',
}
const residentLabs = async (service = '') =>
  (await get<{ items: Lab[] }>(`/api/v1/testing/labs${service}`, resident)).data.items

test('an edit shows in the mini program at once and is audited with before and after', async () => {
  const saved = await post<AdminLab>('/api/v1/admin/labs/lab-env', EDIT)
  expect(saved.status).toBe(200)
  expect(saved.data).toMatchObject({ ...EDIT, hidden: false, editedAt: expect.any(String) })

  const seen = (await residentLabs('?service=product')).find((l) => l.id === 'lab-env')
  expect(seen).toMatchObject({ name: EDIT.name, hours: EDIT.hours, address: EDIT.address })

  const [row] = await audit('lab')
  expect(row).toMatchObject({
    action: 'lab.edited',
    target: { kind: 'lab', id: 'lab-env' },
    actor: { id: expect.any(String) },
    before: { name: '青山区示例室内环境检测有限公司', services: ['air'], capacity: 6 },
    after: { name: EDIT.name, services: ['air', 'product'], capacity: 1 },
  })
})

test.each<[string, Record<string, unknown>, string]>([
  ['a blank name', { name: '  \u200b ' }, '请填写机构名称'],
  ['a name too long', { name: '检'.repeat(41) }, '机构名称不能超过40个字'],
  ['no service', { services: [] }, '请至少选择一项检测服务'],
  ['a service twice', { services: ['air', 'air'] }, '检测服务不能重复选择'],
  ['an unknown service', { services: ['x-ray'] }, '请选择检测项目'],
  ['no capacity', { capacity: 0 }, '每半天可上门次数不能小于1'],
  ['a fractional capacity', { capacity: 1.5 }, '每半天可上门次数应为整数'],
  ['a capacity as text', { capacity: '4' }, '请填写每半天可上门次数'],
  ['a huge capacity', { capacity: 1e9 }, '每半天可上门次数不能大于50'],
  [
    'a phone of letters',
    { phone: 'call-me' },
    '联系电话应为11位手机号或带区号的座机（如 0472-3100001）',
  ],
  [
    'a script for a phone',
    { phone: '<script>alert(1)</script>' },
    '联系电话应为11位手机号或带区号的座机（如 0472-3100001）',
  ],
])(
  '%s is refused with a message that says what to do, and nothing changes',
  async (_, bad, message) => {
    const before = (await audit('lab')).length
    const answer = await post('/api/v1/admin/labs/lab-quality', { ...EDIT, ...bad })
    expect(answer.status).toBe(400)
    expect(answer.error?.code).toBe('VALIDATION_FAILED')
    expect(Object.values(answer.error?.fields ?? {})).toContain(message)
    expect(await audit('lab')).toHaveLength(before)
    expect((await residentLabs()).find((l) => l.id === 'lab-quality')?.name).toBe(
      '包头市示例产品质量检验中心',
    )
  },
)

test('markup in a name is kept as plain text; an unknown lab is a 404', async () => {
  const odd = await post<AdminLab>('/api/v1/admin/labs/lab-quality', {
    ...EDIT,
    name: '<img src=x onerror=alert(1)>检验中心',
  })
  expect(odd.data.name).toBe('<img src=x onerror=alert(1)>检验中心')
  const missing = await post('/api/v1/admin/labs/lab-nowhere', EDIT)
  expect(missing.status).toBe(404)
  expect(missing.error?.message).toBe('没有找到该检测机构，请刷新列表后重试')
})

test('a lab taken off vanishes from the app and takes no booking; put back, it returns; each change audited once', async () => {
  const auditedBefore = (await audit('lab')).length
  expect((await post<AdminLab>('/api/v1/admin/labs/lab-env/hide')).data.hidden).toBe(true)
  expect((await post<AdminLab>('/api/v1/admin/labs/lab-env/hide')).data.hidden).toBe(true)
  expect((await residentLabs()).map((l) => l.id)).not.toContain('lab-env')
  const date = (await residentLabs())[0]?.bookableDates[0] ?? ''
  const booking = {
    labId: 'lab-env',
    service: 'air',
    date,
    slot: 'am',
    address: '青山区幸福路1号',
    contact: '张三',
    phone: '13900000001',
  }
  const refused = await post('/api/v1/testing/bookings', booking, resident)
  expect(refused.status).toBe(400)
  expect(refused.error?.message).toBe('该机构不提供此项检测')
  // The console still lists it, marked.
  const listed = await get<AdminLabList>('/api/v1/admin/labs')
  expect(listed.data.items.find((l) => l.id === 'lab-env')?.hidden).toBe(true)

  await post('/api/v1/admin/labs/lab-env/show')
  expect((await residentLabs()).map((l) => l.id)).toContain('lab-env')
  const actions = (await audit('lab')).slice(0, 2).map((r) => r.action)
  expect(actions).toEqual(['lab.shown', 'lab.hidden'])
  expect(await audit('lab')).toHaveLength(auditedBefore + 2)

  // The edit above set 1 sampling visit per half day: the second booking of it is refused.
  expect((await post('/api/v1/testing/bookings', booking, resident)).status).toBe(201)
  const full = await post(
    '/api/v1/testing/bookings',
    { ...booking, phone: '13900000002' },
    resident,
  )
  expect(full.status).toBe(409)
  expect(full.error).toMatchObject({
    code: 'LAB_SLOT_FULL',
    message: '该时段的上门采样已约满，请换一个日期或时段',
  })
})

test('bookings sent at once never exceed the capacity (held in the database, on PostgreSQL too)', async () => {
  await post('/api/v1/admin/labs/lab-quality', {
    ...EDIT,
    name: '包头市示例产品质量检验中心',
    capacity: 2,
  })
  const date = (await residentLabs())[0]?.bookableDates[1] ?? ''
  const answers = await Promise.all(
    Array.from({ length: 6 }, (_, i) =>
      post(
        '/api/v1/testing/bookings',
        {
          labId: 'lab-quality',
          service: 'product',
          date,
          slot: 'pm',
          address: '青山区幸福路2号',
          contact: '李四',
          phone: `1390000001${i}`,
        },
        resident,
      ),
    ),
  )
  expect(answers.filter((a) => a.status === 201)).toHaveLength(2)
  expect(answers.filter((a) => a.error?.code === 'LAB_SLOT_FULL')).toHaveLength(4)
})
