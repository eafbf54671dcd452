import { fireEvent, render, screen } from '@testing-library/react'
import { QueueView } from '../../../../src/features/qr/components/queue-view'
import { takeTicket } from '../../../../src/features/qr/api'
import { openPage } from '../../../../src/platform/navigation'
import { ApiError } from '../../../../src/services/http'
import { routes } from '../../../../src/utils/routes'

jest.mock('@tarojs/taro', () =>
  jest.requireActual('../../../support/page-events').taroWithPageEvents(),
)
jest.mock('../../../../src/features/qr/api', () => ({
  takeTicket: jest.fn(),
  getTicket: jest.fn(),
}))
jest.mock('../../../../src/platform/navigation', () => ({ openPage: jest.fn() }))

const CLOSED =
  '青山区政务服务中心现在不在办公时间，取不了号。下次办公：3月9日 周一 09:00–12:00、13:30–17:30。可以先预约，按预约的时间到场直接办理'

test('outside opening hours 取号 says the hours and offers 预约 instead', async () => {
  jest.mocked(takeTicket).mockRejectedValue(new ApiError('business', CLOSED, 409, 'POINT_CLOSED'))
  render(<QueueView pointId='sp-qs-center' />)
  fireEvent.click(screen.getByRole('button', { name: '取号' }))
  expect(await screen.findByText(/下次办公：3月9日 周一 09:00–12:00/)).toBeTruthy()
  expect(screen.queryByRole('button', { name: '取号' })).toBeNull()
  fireEvent.click(screen.getByRole('button', { name: '改为预约' }))
  expect(openPage).toHaveBeenCalledWith(routes.bookingStart)
})
