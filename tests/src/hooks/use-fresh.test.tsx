import { act, renderHook, waitFor } from '@testing-library/react'
import { useFresh } from '../../../src/hooks/use-fresh'
import { hidePage, showPage } from '../../support/page-events'

jest.mock('@tarojs/taro', () =>
  jest.requireActual('../../support/page-events').taroWithPageEvents(),
)

type Grant = { status: 'pending' | 'active' }

function server(initial: Grant) {
  let current = initial
  const load = jest.fn(() => Promise.resolve(current))
  return { load, set: (next: Grant) => (current = next) }
}

const shown = (result: { current: ReturnType<typeof useFresh<Grant>> }) =>
  result.current.state.status === 'success'
    ? result.current.state.data.status
    : result.current.state.status

beforeEach(() => jest.useFakeTimers())
afterEach(() => jest.useRealTimers())

test('loads again, without a spinner, when the page is shown again', async () => {
  const api = server({ status: 'pending' })
  const { result } = renderHook(() => useFresh(api.load, []))
  await waitFor(() => expect(shown(result)).toBe('pending'))
  api.set({ status: 'active' })
  act(() => showPage())
  expect(shown(result)).toBe('pending') // the old record stays on screen while asking
  await waitFor(() => expect(shown(result)).toBe('active'))
  expect(api.load).toHaveBeenCalledTimes(2)
})

test('the first show while the first load runs asks only once', async () => {
  const api = server({ status: 'pending' })
  const { result } = renderHook(() => useFresh(api.load, []))
  act(() => showPage())
  await waitFor(() => expect(shown(result)).toBe('pending'))
  expect(api.load).toHaveBeenCalledTimes(1)
})

test('polls only while the record waits on someone else, and only while visible', async () => {
  const api = server({ status: 'pending' })
  const waiting = (g: Grant) => g.status === 'pending'
  const { result } = renderHook(() => useFresh(api.load, [], { waiting, pollMs: 5000 }))
  await waitFor(() => expect(shown(result)).toBe('pending'))

  await act(async () => void jest.advanceTimersByTime(5000))
  expect(api.load).toHaveBeenCalledTimes(2)

  act(() => hidePage())
  await act(async () => void jest.advanceTimersByTime(20_000))
  expect(api.load).toHaveBeenCalledTimes(2) // no requests while the page is hidden

  api.set({ status: 'active' })
  act(() => showPage())
  await waitFor(() => expect(shown(result)).toBe('active'))
  const calls = api.load.mock.calls.length
  await act(async () => void jest.advanceTimersByTime(30_000))
  expect(api.load).toHaveBeenCalledTimes(calls) // accepted: nothing left to wait for
})

test('stops polling on unmount', async () => {
  const api = server({ status: 'pending' })
  const { result, unmount } = renderHook(() =>
    useFresh(api.load, [], { waiting: () => true, pollMs: 5000 }),
  )
  await waitFor(() => expect(shown(result)).toBe('pending'))
  unmount()
  await act(async () => void jest.advanceTimersByTime(30_000))
  expect(api.load).toHaveBeenCalledTimes(1)
})

test('a failed refresh keeps the shown record', async () => {
  const load = jest.fn<Promise<Grant>, []>().mockResolvedValueOnce({ status: 'pending' })
  const { result } = renderHook(() => useFresh(load, []))
  await waitFor(() => expect(shown(result)).toBe('pending'))
  load.mockRejectedValueOnce(new Error('offline'))
  await act(async () => showPage())
  expect(shown(result)).toBe('pending')
})
