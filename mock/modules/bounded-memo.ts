/**
 * The results of a pure computation by key, at most `limit` of them: the keys that repeat (a
 * link, a stored text) are few, so a full map means a burst of one-off keys and is emptied whole.
 * Callers share a result: never change it.
 */
export function boundedMemo<T>(limit: number): (key: string, compute: () => T) => T {
  const known = new Map<string, T>()
  return (key, compute) => {
    if (known.has(key)) return known.get(key) as T
    const value = compute()
    if (known.size >= limit) known.clear()
    known.set(key, value)
    return value
  }
}
