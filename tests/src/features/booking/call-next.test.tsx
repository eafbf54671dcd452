import { act, fireEvent, render, screen } from '@testing-library/react'
import { CallNext } from '../../../../src/features/booking/components/call-next'
import { ApiError, call } from '../../../../src/services/http'

jest.mock('../../../../src/services/http/client', () => ({
  ...jest.requireActual('../../../../src/services/http/client'),
  call: jest.fn(),
}))
const callMock = call as jest.MockedFunction<typeof call>

const CENTRE = { kind: 'window', scopeId: 'sp-qs-center', scopeName: '青山区政务服务中心' } as const

beforeEach(() => callMock.mockReset())

test('叫下一位 calls the queue of the staff member’s own point and says whom to call', async () => {
  callMock.mockResolvedValueOnce({
    id: 't1',
    number: 'A003',
    pointId: 'sp-qs-center',
    pointName: '青山区政务服务中心',
    status: 'called',
    ahead: 0,
    waitMinutes: 0,
    takenAt: '2026-03-02T01:00:00.000Z',
  })
  render(<CallNext point={CENTRE} />)
  await act(async () => fireEvent.click(screen.getByRole('button', { name: '叫下一位' })))
  expect(callMock).toHaveBeenCalledWith('POST /api/v1/staff/queue/call-next', {
    body: { pointId: 'sp-qs-center' },
  })
  expect(screen.getByText('请 A003 号到窗口办理')).toBeTruthy()
})

test('the server’s refusal is shown in its own words', async () => {
  callMock.mockRejectedValueOnce(new ApiError('business', '现在没有等候的办事人', 404, 'NOT_FOUND'))
  render(<CallNext point={CENTRE} />)
  await act(async () => fireEvent.click(screen.getByRole('button', { name: '叫下一位' })))
  expect(screen.getByText('现在没有等候的办事人')).toBeTruthy()
})
