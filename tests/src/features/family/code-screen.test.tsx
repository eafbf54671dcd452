import { act, render, screen, waitFor } from '@testing-library/react'
import { CodeScreen } from '../../../../src/features/family/components/code-screen'
import { POLL_MS } from '../../../../src/hooks/use-fresh'
import type { Grant } from '../../../../src/services/contract'
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

const pending: Grant = {
  id: 'g1',
  granteeKind: 'relative',
  granteeName: '李小明',
  relation: '孙子',
  items: [{ id: 'item-1', name: '养老金资格认证' }],
  days: 30,
  validUntil: '2026-04-01T15:59:59.000Z',
  status: 'pending',
  createdAt: '2026-03-02T01:00:00.000Z',
  claimedAt: null,
  revokedAt: null,
  code: {
    digits: '12345678',
    link: 'https://example.test/q/abc',
    expiresAt: '2026-03-02T02:00:00.000Z',
    expired: false,
  },
}
const accepted: Grant = {
  ...pending,
  status: 'active',
  claimedAt: '2026-03-02T01:05:00.000Z',
  code: null,
}
const revoked: Grant = {
  ...pending,
  status: 'revoked',
  revokedAt: '2026-03-02T01:06:00.000Z',
  code: null,
}

/** The grandson acts on his own phone: the server's answer changes under the screen. */
let onServer: Grant
beforeEach(() => {
  onServer = pending
  callMock.mockReset()
  callMock.mockImplementation(
    () => Promise.resolve({ items: [onServer] }) as ReturnType<typeof call>,
  )
})
afterEach(() => jest.useRealTimers())

const CONFIRMED = '对方已经确认了授权，不需要再出示授权码。'

test('the grandson accepts elsewhere: the code page says so within one poll', async () => {
  jest.useFakeTimers()
  render(<CodeScreen id='g1' onDone={() => undefined} />)
  expect(await screen.findByText('待对方确认')).toBeTruthy()
  expect(screen.getByLabelText('授权码')).toBeTruthy()

  onServer = accepted
  await act(async () => void jest.advanceTimersByTime(POLL_MS))
  await waitFor(() => expect(screen.getByText(CONFIRMED)).toBeTruthy())
  expect(screen.queryByText('待对方确认')).toBeNull()
  expect(screen.queryByLabelText('授权码')).toBeNull()
})

test('revoked elsewhere: coming back shows 已撤销 and never the green confirmed notice', async () => {
  render(<CodeScreen id='g1' onDone={() => undefined} />)
  expect(await screen.findByText('待对方确认')).toBeTruthy()

  onServer = revoked
  await act(async () => showPage())
  await waitFor(() => expect(screen.getByText(/^已撤销/)).toBeTruthy())
  expect(screen.queryByText(CONFIRMED)).toBeNull()
  expect(screen.getByText('这项授权已撤销，授权码不能再用。需要时请重新新建授权。')).toBeTruthy()
  expect(screen.queryByLabelText('授权码')).toBeNull()
})
