import { act, render, screen } from '@testing-library/react'
import HomePage from '../../../src/pages/index/index'
import { PRIVACY_POLICY_VERSION } from '../../../src/services/contract'
import { call } from '../../../src/services/http'
import { useConsent } from '../../../src/stores/consent'
import { useSession } from '../../../src/stores/session'
import { usePreferences } from '../../../src/stores/preferences'

jest.mock('@tarojs/taro', () =>
  jest.requireActual('../../support/page-events').taroWithPageEvents(),
)
jest.mock('../../../src/services/http/client', () => ({
  ...jest.requireActual('../../../src/services/http/client'),
  call: jest.fn(),
}))
const callMock = call as jest.MockedFunction<typeof call>

beforeEach(() => {
  callMock.mockReset()
  // Nothing answers: the page is looked at before any request ends.
  callMock.mockImplementation((() => new Promise(() => undefined)) as unknown as typeof call)
  usePreferences.setState({ elderChoice: 'on' })
  useConsent.setState({ agreedVersion: PRIVACY_POLICY_VERSION, unsynced: false })
})

const tiles = () => screen.getByRole('button', { name: /我的消息/ })

test('长辈模式 首页 shows the signed-in layout before the launch sign-in has even started', () => {
  act(() => useSession.setState({ token: null, profile: null, signedOut: false, status: 'idle' }))
  render(<HomePage />)
  // The 消息 tile holds its place (saying it is still looking), so nothing moves when it ends.
  expect(tiles()).toHaveTextContent('正在查看…')
  act(() => useSession.setState({ status: 'signing-in' }))
  expect(tiles()).toHaveTextContent('正在查看…')
})

test('after 退出登录 or a failed sign-in there is no 消息 tile to hold', () => {
  act(() => useSession.setState({ token: null, profile: null, signedOut: true, status: 'idle' }))
  const { unmount } = render(<HomePage />)
  expect(screen.queryByRole('button', { name: /我的消息/ })).toBeNull()
  unmount()
  act(() => useSession.setState({ signedOut: false, status: 'failed' }))
  render(<HomePage />)
  expect(screen.queryByRole('button', { name: /我的消息/ })).toBeNull()
})
