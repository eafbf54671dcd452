import { act, render, screen, waitFor } from '@testing-library/react'
import { ElderMessagesTile } from '../../../../src/features/messages'
import { call } from '../../../../src/services/http'
import { useSession } from '../../../../src/stores/session'

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
  callMock.mockImplementation(((key: string) =>
    key === 'GET /api/v1/messages/unread-count'
      ? Promise.resolve({ unread: 3 })
      : Promise.reject(new Error(`unexpected ${key}`))) as typeof call)
  act(() => useSession.setState({ token: null, profile: null }))
})

test('while the launch sign-in runs, the tile holds its place and claims no count', () => {
  render(<ElderMessagesTile pending />)
  expect(screen.getByRole('button', { name: /我的消息/ })).toHaveTextContent('正在查看…')
  expect(screen.queryByText('没有未读')).toBeNull()
})

test('a sign-in that ends after the first screen brings the unread count along', async () => {
  render(<ElderMessagesTile />)
  expect(callMock).not.toHaveBeenCalled()
  act(() => useSession.setState({ token: 'token-after-launch' }))
  await waitFor(() => expect(screen.getByText('3条未读')).toBeVisible())
  expect(callMock).toHaveBeenCalledWith('GET /api/v1/messages/unread-count')
})
