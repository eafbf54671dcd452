import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { CaseDetailScreen } from '../../../../src/features/cases/components/detail-screens'
import { POLL_MS } from '../../../../src/hooks/use-fresh'
import type { CaseDetail } from '../../../../src/services/contract'
import { call } from '../../../../src/services/http'
import { showPage } from '../../../support/page-events'

jest.mock('@tarojs/taro', () =>
  jest.requireActual('../../../support/page-events').taroWithPageEvents(),
)
jest.mock('../../../../src/services/http/client', () => ({
  ...jest.requireActual('../../../../src/services/http/client'),
  call: jest.fn(),
}))
const callMock = call as jest.MockedFunction<typeof call>

const submitted: CaseDetail = {
  id: 'c1',
  number: 'QS20260302001',
  title: '社会保障卡补换',
  source: { kind: 'item', id: 'item-1' },
  status: 'submitted',
  promisedDays: 1,
  clock: { state: 'waiting', deadline: null, workingDaysLeft: null, overdue: false },
  helper: null,
  applicant: '张*',
  submittedAt: '2026-03-02T01:00:00.000Z',
  updatedAt: '2026-03-02T01:00:00.000Z',
  items: [{ id: 'item-1', name: '社会保障卡补换' }],
  fields: [{ key: 'phone', label: '联系电话', value: '138****5678' }],
  materials: [],
  timeline: [{ at: '2026-03-02T01:00:00.000Z', event: 'submitted', actor: '张*', note: '' }],
  corrections: [],
  correctionDue: null,
  result: null,
  rating: null,
}
const inCorrection: CaseDetail = {
  ...submitted,
  status: 'correction',
  corrections: [{ target: 'field:phone', reason: '无法接通', label: '联系电话' }],
}
const accepted: CaseDetail = {
  ...submitted,
  status: 'accepted',
  clock: {
    state: 'running',
    deadline: '2026-03-03T09:59:59.000Z',
    workingDaysLeft: 1,
    overdue: false,
  },
}

const BANNER = /^已提交，办件编号/
let onServer: CaseDetail
beforeEach(() => {
  onServer = submitted
  callMock.mockReset()
  callMock.mockImplementation(() => Promise.resolve(onServer) as ReturnType<typeof call>)
})
afterEach(() => jest.useRealTimers())

const open = () =>
  render(
    <CaseDetailScreen
      id='c1'
      justSubmitted
      onCorrect={() => undefined}
      onComplain={() => undefined}
    />,
  )

test('the 帮办员 asks for 补正: shown again, the case drops the 已提交 banner and lists what to fix', async () => {
  open()
  expect(await screen.findByText(BANNER)).toBeTruthy()

  onServer = inCorrection
  await act(async () => showPage())
  await waitFor(() => expect(screen.getByLabelText('补正清单')).toBeTruthy())
  expect(screen.queryByText(BANNER)).toBeNull()
})

test('a case waiting on the 帮办员 is asked again while on screen, and follows the 受理', async () => {
  jest.useFakeTimers()
  open()
  expect(await screen.findByText(BANNER)).toBeTruthy()
  expect(screen.getByText(/待受理/)).toBeTruthy()

  onServer = accepted
  await act(async () => void jest.advanceTimersByTime(POLL_MS))
  await waitFor(() => expect(screen.getByText(/办理中/)).toBeTruthy())
  expect(screen.queryByText(BANNER)).toBeNull()
  expect(callMock).toHaveBeenCalledTimes(2)
})

test("the 帮办员's number is a call button", async () => {
  const dial = jest
    .spyOn(Taro, 'makePhoneCall')
    .mockImplementation(() => Promise.resolve({ errMsg: 'makePhoneCall:ok' }))
  onServer = {
    ...accepted,
    helper: { name: '王帮办', desk: '帮办代办窗口', phone: '0472-5551234' },
  }
  open()
  fireEvent.click(await screen.findByRole('button', { name: '打电话给帮办员王帮办' }))
  expect(dial).toHaveBeenCalledWith({ phoneNumber: '0472-5551234' })
  dial.mockRestore()
})
