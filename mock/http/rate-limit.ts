/** Sliding-window limiter kept in memory: at most `limit` accepted hits per key per window. */
export function createRateLimiter(options: { limit: number; windowMs: number; maxKeys?: number }) {
  const hits = new Map<string, number[]>()
  const maxKeys = options.maxKeys ?? 10_000

  function recent(key: string, nowMs: number): number[] {
    return (hits.get(key) ?? []).filter((t) => t > nowMs - options.windowMs)
  }

  return {
    /** Records a hit and returns true, or returns false (recording nothing) when over the limit. */
    tryHit(key: string, nowMs: number): boolean {
      const kept = recent(key, nowMs)
      if (kept.length >= options.limit) {
        hits.set(key, kept)
        return false
      }
      kept.push(nowMs)
      hits.set(key, kept)
      // Bound memory under a flood of distinct addresses.
      if (hits.size > maxKeys) {
        for (const k of hits.keys()) if (recent(k, nowMs).length === 0) hits.delete(k)
      }
      return true
    },
  }
}

export type RateLimiter = ReturnType<typeof createRateLimiter>
