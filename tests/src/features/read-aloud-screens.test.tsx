import { act, fireEvent, render, screen } from '@testing-library/react'
import { AppointmentView } from '../../../src/features/booking/components/appointment-view'
import { BundleView } from '../../../src/features/catalog/components/bundle-view'
import { CodeScreen } from '../../../src/features/family/components/code-screen'
import { VerifyView } from '../../../src/features/qr/components/verify-view'
import { startSpeaking } from '../../../src/platform/speech'
import type { Appointment, Bundle, Grant, ItemSummary } from '../../../src/services/contract'
import { call } from '../../../src/services/http'

jest.mock('@tarojs/taro', () =>
  jest.requireActual('../../support/page-events').taroWithPageEvents(),
)
jest.mock('../../../src/platform/speech', () => ({
  canSpeak: () => true,
  startSpeaking: jest.fn(),
  stopSpeaking: () => undefined,
}))
jest.mock('../../../src/services/http/client', () => ({
  ...jest.requireActual('../../../src/services/http/client'),
  call: jest.fn(),
}))
const speak = startSpeaking as jest.MockedFunction<typeof startSpeaking>
const callMock = call as jest.MockedFunction<typeof call>

beforeEach(() => {
  speak.mockReset()
  callMock.mockReset()
})

/** Taps 朗读 and returns what was handed to the voice. */
function readAloud(): string {
  fireEvent.click(screen.getByRole('button', { name: '朗读' }))
  expect(speak).toHaveBeenCalledTimes(1)
  return speak.mock.calls[0]?.[0] ?? ''
}

test('签到码: 朗读 says when, where and the code one character at a time', () => {
  const booked: Appointment = {
    id: 'a1',
    code: 'K7Q2',
    checkInLink: 'https://example.test/q/k7q2',
    itemId: 'item-1',
    itemName: '社会保障卡补换',
    pointId: 'sp-1',
    pointName: '青山区政务服务中心',
    date: '2030-03-12',
    time: '09:00',
    slotStart: '2030-03-12T01:00:00.000Z',
    slotEnd: '2030-03-12T01:30:00.000Z',
    name: '张*',
    phone: '138****5678',
    status: 'booked',
    queueNumber: null,
    changeDeadline: '2030-03-11T23:00:00.000Z',
    canChange: true,
    createdAt: '2030-03-01T01:00:00.000Z',
  }
  render(<AppointmentView initial={booked} />)
  const said = readAloud()
  expect(said).toContain('签到码：K 7 Q 2')
  expect(said).toContain('青山区政务服务中心')
  expect(said).toContain('社会保障卡补换')
})

test('亲情代办 code: 朗读 says the digits and who they are for', async () => {
  const pending: Grant = {
    id: 'g1',
    granteeKind: 'relative',
    granteeName: '李小明',
    relation: '孙子',
    items: [{ id: 'item-1', name: '养老金资格认证' }],
    days: 30,
    validUntil: '2099-04-01T15:59:59.000Z',
    status: 'pending',
    createdAt: '2026-03-02T01:00:00.000Z',
    claimedAt: null,
    revokedAt: null,
    code: {
      digits: '12345678',
      link: 'https://example.test/q/abc',
      expiresAt: '2099-03-02T02:00:00.000Z',
      expired: false,
    },
  }
  callMock.mockImplementation(
    () => Promise.resolve({ items: [pending] }) as ReturnType<typeof call>,
  )
  render(<CodeScreen id='g1' onDone={() => undefined} />)
  await screen.findByLabelText('授权码')
  const said = readAloud()
  expect(said).toContain('授权码：1 2 3 4 5 6 7 8')
  expect(said).toContain('养老金资格认证')
})

test('验真: 朗读 appears with the result and reads the warnings', async () => {
  render(<VerifyView />)
  expect(screen.queryByRole('button', { name: '朗读' })).toBeNull()
  const box = screen.getByLabelText('要检查的内容')
  const text = '【青山区】您有一笔补贴待领取，请点击 http://qs-gov.example.top/x 输入银行卡密码领取'
  ;(box as HTMLTextAreaElement).value = text
  act(
    () =>
      void box.dispatchEvent(new CustomEvent('input', { detail: { value: text }, bubbles: true })),
  )
  fireEvent.click(screen.getByRole('button', { name: '检查是否官方' }))
  await screen.findByRole('button', { name: '朗读' })
  expect(readAloud()).toContain('非本平台网址')
})

const member = (name: string, promisedDays: number): ItemSummary => ({
  id: name,
  code: `code-${name}`,
  name,
  type: 'application',
  category: '社会保障',
  department: '人社局',
  audiences: ['personal'],
  scenes: ['退休'],
  scopes: ['city'],
  promisedDays,
  visits: 1,
  online: false,
  sample: false,
})

test('一件事: 朗读 says what it is, both ways of doing it and the items in it', () => {
  const bundle: Bundle = {
    id: 'b1',
    name: '退休一件事',
    scene: '退休养老',
    audience: 'personal',
    description: '退休审批、医保待遇核定一次办',
    items: [member('退休审批', 3), member('医保待遇核定', 7)],
    materials: [],
    fields: [],
    promisedDays: 5,
    separateDays: 10,
    visits: 0,
    separateVisits: 2,
  }
  render(<BundleView bundle={bundle} />)
  const said = readAloud()
  expect(said).toContain('退休一件事')
  expect(said).toContain('一起办：承诺5个工作日')
  expect(said).toContain('分别办：2个事项一项接一项办合计10个工作日')
  expect(said).toContain('一起办比一项接一项办少5个工作日')
})
