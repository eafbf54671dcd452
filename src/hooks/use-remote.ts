import { useCallback, useEffect, useRef, useState } from 'react'
import { ApiError, isApiError } from '../services/http'

export type RemoteState<T> =
  { status: 'loading' } | { status: 'error'; error: ApiError } | { status: 'success'; data: T }

/** Loads once per `deps` change; `reload` is what 重试 calls. Stale answers are dropped. */
export function useRemote<T>(load: () => Promise<T>, deps: readonly unknown[]) {
  const [state, setState] = useState<RemoteState<T>>({ status: 'loading' })
  const generation = useRef(0)
  const loadRef = useRef(load)
  loadRef.current = load

  const reload = useCallback(() => {
    const mine = ++generation.current
    setState({ status: 'loading' })
    loadRef.current().then(
      (data) => mine === generation.current && setState({ status: 'success', data }),
      (error: unknown) =>
        mine === generation.current &&
        setState({
          status: 'error',
          error: isApiError(error) ? error : new ApiError('network', '加载失败，请点“重试”'),
        }),
    )
  }, [])

  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(reload, deps)
  return { state, reload }
}
