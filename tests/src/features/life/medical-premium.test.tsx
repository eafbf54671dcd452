import { fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { LifeHome } from '../../../../src/features/life'
import { call } from '../../../../src/services/http'
import { routes } from '../../../../src/utils/routes'

jest.mock('@tarojs/taro', () =>
  jest.requireActual('../../../support/page-events').taroWithPageEvents(),
)
jest.mock('../../../../src/services/http/client', () => ({
  ...jest.requireActual('../../../../src/services/http/client'),
  call: jest.fn(),
}))
const callMock = call as jest.MockedFunction<typeof call>

beforeEach(() => {
  callMock.mockReset()
  callMock.mockImplementation(() => Promise.resolve({ items: [] }) as ReturnType<typeof call>)
})

test('生活缴费 says where 医保 is paid (no fake payment) and opens the 医保缴费 guide', async () => {
  const navigate = jest
    .spyOn(Taro, 'navigateTo')
    .mockImplementation(() => Promise.resolve({ errMsg: 'navigateTo:ok' }))
  render(<LifeHome />)
  const card = screen.getByLabelText('医保缴费')
  expect(within(card).getByText(/不能在本页缴纳/)).toBeTruthy()
  expect(within(card).getByText(/蒙速办/)).toBeTruthy()
  fireEvent.click(within(card).getByRole('button', { name: '看医保缴费办法' }))
  expect(navigate).toHaveBeenCalledWith({ url: routes.guide('tax-resident-medical-premium') })
  navigate.mockRestore()
})
