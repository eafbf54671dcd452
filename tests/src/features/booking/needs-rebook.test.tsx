import { render, screen } from '@testing-library/react'
import { AppointmentCard } from '../../../../src/features/booking/components/appointment-card'
import { AppointmentView } from '../../../../src/features/booking/components/appointment-view'
import type { Appointment } from '../../../../src/services/contract'

const closed: Appointment = {
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
  status: 'needs_rebook',
  closedReason: '因示例闭馆放假调整',
  queueNumber: null,
  changeDeadline: '2030-03-11T23:00:00.000Z',
  canChange: true,
  createdAt: '2030-03-01T01:00:00.000Z',
}

test('我的预约 card says 需改约 and why, not a normal upcoming booking', () => {
  render(<AppointmentCard appointment={closed} now={new Date('2030-03-10T00:00:00Z')} />)
  expect(screen.getByText('需改约')).toBeTruthy()
  expect(screen.getByText('因示例闭馆放假调整，该时段已不办公，请改约')).toBeTruthy()
  expect(screen.queryByText('待办理')).toBeNull()
})

test('the detail drops the 签到码 and offers 改约 or 取消', () => {
  render(<AppointmentView initial={closed} />)
  expect(
    screen.getByText(/因示例闭馆放假调整，该时段已不办公，请改约。原时段不会再提醒您/),
  ).toBeTruthy()
  expect(screen.queryByLabelText('签到码 K7Q2')).toBeNull()
  expect(screen.getByRole('button', { name: '改约其他时间' })).toBeTruthy()
  expect(screen.getByRole('button', { name: '取消预约' })).toBeTruthy()
  expect(screen.getByText('请改约其他时间，或取消这次预约')).toBeTruthy()
})
