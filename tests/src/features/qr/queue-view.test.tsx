import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { QueueView } from '../../../../src/features/qr/components/queue-view'
import type { QueueTicket } from '../../../../src/services/contract'
import { call } from '../../../../src/services/http'
import { hidePage, showPage } from '../../../support/page-events'

jest.mock('@tarojs/taro', () =>
  jest.requireActual('../../../support/page-events').taroWithPageEvents(),
)
jest.mock('../../../../src/services/http/client', () => ({
  ...jest.requireActual('../../../../src/services/http/client'),
  call: jest.fn(),
}))
const callMock = call as jest.MockedFunction<typeof call>

const waiting: QueueTicket = {
  id: 't1',
  number: 'A023',
  pointId: 'sp-1',
  pointName: '青山区政务服务中心',
  status: 'waiting',
  ahead: 3,
  waitMinutes: 12,
  takenAt: '2026-03-02T01:00:00.000Z',
}
const called: QueueTicket = { ...waiting, status: 'called', ahead: 0, waitMinutes: 0 }

let onServer: QueueTicket
const reads = () =>
  callMock.mock.calls.filter(([e]) => e === 'GET /api/v1/queue/tickets/:id').length
beforeEach(() => {
  localStorage.clear()
  onServer = waiting
  callMock.mockReset()
  callMock.mockImplementation(() => Promise.resolve(onServer) as ReturnType<typeof call>)
  jest.useFakeTimers()
})
afterEach(() => jest.useRealTimers())

test('the ticket follows the hall while shown, rests while hidden, and stops once called', async () => {
  render(<QueueView pointId='sp-1' />)
  await act(async () => fireEvent.click(screen.getByRole('button', { name: '取号' })))
  await waitFor(() => expect(screen.getByText(/前面还有 3 人/)).toBeTruthy())
  const first = reads()

  act(() => hidePage())
  await act(async () => void jest.advanceTimersByTime(60_000))
  expect(reads()).toBe(first) // nobody is looking: no requests

  onServer = called // the window called A023
  await act(async () => showPage())
  await waitFor(() => expect(screen.getByText('已叫到您的号，请到窗口办理')).toBeTruthy())
  const afterCall = reads()
  await act(async () => void jest.advanceTimersByTime(60_000))
  expect(reads()).toBe(afterCall)
})
