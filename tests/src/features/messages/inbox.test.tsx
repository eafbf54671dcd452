import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { Inbox } from '../../../../src/features/messages'
import type { InboxMessage, MessagePage } from '../../../../src/services/contract'
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

const message = (n: number, read = false): InboxMessage => ({
  id: `m${n}`,
  kind: 'case_correction',
  title: `请补正材料：办件${n}`,
  body: '帮办员一次性告知了需补正的内容，请在3月9日 周一前补正，点开查看清单。',
  route: `/packages/cases/pages/correct/index?id=c${n}`,
  createdAt: '2026-03-02T01:00:00.000Z',
  read,
})

let pages: Record<string, MessagePage>
const calls: string[] = []
beforeEach(() => {
  calls.length = 0
  pages = {
    first: { items: [message(1), message(2, true)], nextCursor: 'cursor-2', unread: 1 },
    'cursor-2': { items: [message(3, true)], nextCursor: null, unread: 1 },
  }
  callMock.mockReset()
  callMock.mockImplementation(((key: string, input?: { query?: { cursor?: string } }) => {
    calls.push(key)
    if (key === 'GET /api/v1/messages')
      return Promise.resolve(pages[input?.query?.cursor ?? 'first'])
    if (key === 'POST /api/v1/messages/:id/read')
      return Promise.resolve({ ...message(1), read: true })
    return Promise.resolve({ unread: 0 })
  }) as unknown as typeof call)
})

test('newest first with the unread count; a tap marks it read and opens its page', async () => {
  const navigate = jest
    .spyOn(Taro, 'navigateTo')
    .mockImplementation(() => Promise.resolve({ errMsg: 'ok' }))
  render(<Inbox />)
  expect(await screen.findByText('1条未读')).toBeTruthy()
  fireEvent.click(screen.getByRole('button', { name: /请补正材料：办件1/ }))
  expect(navigate).toHaveBeenCalledWith({ url: '/packages/cases/pages/correct/index?id=c1' })
  await waitFor(() => expect(calls).toContain('POST /api/v1/messages/:id/read'))
  expect(screen.getByText('没有未读')).toBeTruthy()
  navigate.mockRestore()
})

test('shown again, the list is as the server has it now; older ones load on request', async () => {
  render(<Inbox />)
  expect(await screen.findByText('1条未读')).toBeTruthy()
  pages.first = {
    items: [message(4), message(1), message(2, true)],
    nextCursor: 'cursor-2',
    unread: 2,
  }
  await act(async () => showPage())
  await waitFor(() => expect(screen.getByText('2条未读')).toBeTruthy())
  fireEvent.click(screen.getByRole('button', { name: '加载更早的消息' }))
  await waitFor(() => expect(screen.getByRole('button', { name: /办件3/ })).toBeTruthy())
  expect(screen.queryByRole('button', { name: '加载更早的消息' })).toBeNull()
})
