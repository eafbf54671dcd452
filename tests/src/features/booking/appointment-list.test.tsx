import { act, render, screen, waitFor } from '@testing-library/react'
import { AppointmentList } from '../../../../src/features/booking/components/appointment-list'
import { AppointmentView } from '../../../../src/features/booking/components/appointment-view'
import AppointmentDetailPage from '../../../../src/packages/booking/pages/detail/index'
import type { Appointment } from '../../../../src/services/contract'
import { call } from '../../../../src/services/http'
import { showPage } from '../../../support/page-events'

jest.mock('@tarojs/taro', () =>
  jest.requireActual('../../../support/page-events').taroWithPageEvents(),
)
jest.mock('../../../../src/services/http/client', () => ({
  ...jest.requireActual('../../../../src/services/http/client'),
  call: jest.fn(),
}))
jest.mock('../../../../src/platform/navigation', () => ({
  ...jest.requireActual('../../../../src/platform/navigation'),
  currentParams: () => ({ id: 'a1' }),
}))
const callMock = call as jest.MockedFunction<typeof call>

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
const moved: Appointment = { ...booked, id: 'a2', code: 'M3P8', time: '15:00' }
const replaced: Appointment = {
  ...booked,
  status: 'cancelled',
  canChange: false,
  movedTo: { id: 'a2', date: '2030-03-12', time: '15:00' },
}

let onServer: { upcoming: Appointment[]; one: Appointment }
beforeEach(() => {
  onServer = { upcoming: [booked], one: booked }
  callMock.mockReset()
  callMock.mockImplementation(
    (endpoint) =>
      Promise.resolve(
        endpoint === 'GET /api/v1/appointments' ? { items: onServer.upcoming } : onServer.one,
      ) as ReturnType<typeof call>,
  )
})

test('back from an 改约, 我的预约 lists the new time and no longer the replaced booking', async () => {
  render(<AppointmentList />)
  expect(await screen.findByText(/09:00/)).toBeTruthy()

  onServer.upcoming = [moved] // the 改约 happened on the booking page
  await act(async () => showPage())
  await waitFor(() => expect(screen.getByText(/15:00/)).toBeTruthy())
  expect(screen.queryByText(/09:00/)).toBeNull()
})

test('the detail page of the replaced booking, shown again, says 已改约 and drops its 签到码 and buttons', async () => {
  render(<AppointmentDetailPage />)
  expect(await screen.findByLabelText('签到码 K7Q2')).toBeTruthy()
  expect(screen.getByRole('button', { name: '取消预约' })).toBeTruthy()

  onServer.one = replaced
  await act(async () => showPage())
  await waitFor(() => expect(screen.getByText('已改约')).toBeTruthy())
  expect(screen.getByText(/已改约，新时间 2030年3月12日 周二 15:00/)).toBeTruthy()
  expect(screen.queryByLabelText('签到码 K7Q2')).toBeNull()
  expect(screen.queryByRole('button', { name: '取消预约' })).toBeNull()
  expect(screen.queryByRole('button', { name: '改约其他时间' })).toBeNull()
})

test('the page an 改约 lands on says 改约成功, not 预约成功', async () => {
  render(<AppointmentView initial={moved} result='moved' />)
  expect(screen.getByText(/改约成功！原来的预约已取消。/)).toBeTruthy()
  expect(screen.queryByText(/预约成功/)).toBeNull()
})
