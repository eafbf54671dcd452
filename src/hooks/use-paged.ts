import { useCallback, useEffect, useRef, useState } from 'react'
import { ApiError, isApiError } from '../services/http'

export interface Page<T> {
  items: T[]
  total: number
}

type Status = 'loading' | 'ready' | 'error'

/**
 * Pages of a remote list, appended on demand (a visible “加载更多” button rather than endless
 * scroll, which older users find disorienting). Stale answers after a filter change are dropped.
 */
export function usePaged<T>(load: (page: number) => Promise<Page<T>>, deps: readonly unknown[]) {
  const [items, setItems] = useState<T[]>([])
  const [total, setTotal] = useState(0)
  const [page, setPage] = useState(0)
  const [status, setStatus] = useState<Status>('loading')
  const [error, setError] = useState<ApiError | null>(null)
  const generation = useRef(0)
  const loadRef = useRef(load)
  loadRef.current = load

  const fetchPage = useCallback((next: number, replace: boolean) => {
    const mine = replace ? ++generation.current : generation.current
    setStatus('loading')
    setError(null)
    loadRef.current(next).then(
      (res) => {
        if (mine !== generation.current) return
        setItems((prev) => (replace ? res.items : [...prev, ...res.items]))
        setTotal(res.total)
        setPage(next)
        setStatus('ready')
      },
      (e: unknown) => {
        if (mine !== generation.current) return
        setError(isApiError(e) ? e : new ApiError('network', '加载失败，请点“重试”'))
        setStatus('error')
      },
    )
  }, [])

  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => fetchPage(1, true), deps)

  return {
    items,
    total,
    status,
    error,
    hasMore: items.length < total,
    loadMore: () => fetchPage(page + 1, false),
    retry: () => fetchPage(Math.max(page + 1, 1), page === 0),
  }
}
