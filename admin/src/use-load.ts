import { useCallback, useEffect, useState } from 'react'
import { messageOf } from './api'

/** Loads once and on `reload()`; `failure` holds the server's message. */
export function useLoad<T>(load: () => Promise<T>) {
  const [value, setValue] = useState<T | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const [loading, setLoading] = useState(true)
  const reload = useCallback(async () => {
    setLoading(true)
    try {
      setValue(await load())
      setFailure(null)
    } catch (error) {
      setFailure(messageOf(error))
    } finally {
      setLoading(false)
    }
  }, [load])
  useEffect(() => {
    void reload()
  }, [reload])
  return { value, failure, loading, reload }
}
