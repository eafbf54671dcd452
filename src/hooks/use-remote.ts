import { useCallback, useEffect, useRef, useState } from 'react'
import { ApiError, isApiError } from '../services/http'

export type RemoteState<T> =
  { status: 'loading' } | { status: 'error'; error: ApiError } | { status: 'success'; data: T }

const asApiError = (error: unknown) =>
  isApiError(error) ? error : new ApiError('network', '加载失败，请点“重试”')

/**
 * Loads once per `deps` change; `reload` is what 重试 calls. `refresh` loads again behind the
 * shown data (no spinner; a failed refresh keeps what is on screen). Stale answers are dropped.
 */
export function useRemote<T>(load: () => Promise<T>, deps: readonly unknown[]) {
  const [state, setState] = useState<RemoteState<T>>({ status: 'loading' })
  const generation = useRef(0)
  const loadRef = useRef(load)
  loadRef.current = load

  const fetchNow = useCallback((quietly: boolean) => {
    const mine = ++generation.current
    if (!quietly) setState({ status: 'loading' })
    loadRef.current().then(
      (data) => mine === generation.current && setState({ status: 'success', data }),
      (error: unknown) =>
        mine === generation.current &&
        setState((shown) =>
          quietly && shown.status === 'success'
            ? shown
            : { status: 'error', error: asApiError(error) },
        ),
    )
  }, [])
  const reload = useCallback(() => fetchNow(false), [fetchNow])
  const refresh = useCallback(() => fetchNow(true), [fetchNow])

  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(reload, deps)
  return { state, reload, refresh }
}
