import { useEffect, useRef, useState } from 'react'
import { useDidHide, useDidShow } from '@tarojs/taro'
import { useRemote } from './use-remote'

/** How often a page that waits on someone else asks again, while it is on screen. */
export const POLL_MS = 8_000

export interface FreshOptions<T> {
  /** True while the shown record still waits on someone else (a grant not yet accepted, a case being handled). */
  waiting?: (data: T) => boolean
  pollMs?: number
}

/**
 * `useRemote` that stays true: loads again (behind the shown data) whenever the page is shown
 * again, and, while `waiting` says so and the page is visible, every `pollMs`.
 */
export function useFresh<T>(
  load: () => Promise<T>,
  deps: readonly unknown[],
  { waiting, pollMs = POLL_MS }: FreshOptions<T> = {},
) {
  const remote = useRemote(load, deps)
  const { state, refresh } = remote
  const [visible, setVisible] = useState(true)
  // The first show comes while the first load is still under way: no second request then.
  const loading = useRef(true)
  loading.current = state.status === 'loading'

  useDidShow(() => {
    setVisible(true)
    if (!loading.current) refresh()
  })
  useDidHide(() => setVisible(false))

  const stillWaiting = state.status === 'success' && waiting !== undefined && waiting(state.data)
  useEffect(() => {
    if (!visible || !stillWaiting) return undefined
    const timer = setInterval(refresh, pollMs)
    return () => clearInterval(timer)
  }, [visible, stillWaiting, pollMs, refresh])

  return remote
}
