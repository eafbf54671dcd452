import type { FastifyRateLimitStore } from '@fastify/rate-limit'

interface Window {
  startMs: number
  count: number
}

type Incr = FastifyRateLimitStore['incr']
type Callback = Parameters<Incr>[1]

const MAX_KEYS = 10_000

/**
 * The counters of every rate limit, in memory: fixed windows per key, at most 10 000 keys per
 * limit (the least recently used goes first), timed by the app's clock so tests can advance it.
 * This is the one place to swap for a shared store (the database, Redis): the plugin only calls
 * `incr` and `child`.
 */
export function memoryStore(now: () => Date) {
  return class MemoryStore implements FastifyRateLimitStore {
    private readonly windows = new Map<string, Window>()

    incr(key: string, callback: Callback, timeWindow = 60_000): void {
      const nowMs = now().getTime()
      let window = this.windows.get(key)
      if (!window || window.startMs + timeWindow <= nowMs) window = { startMs: nowMs, count: 0 }
      window.count += 1
      this.windows.delete(key)
      this.windows.set(key, window)
      if (this.windows.size > MAX_KEYS) {
        const oldest = this.windows.keys().next().value
        if (oldest !== undefined) this.windows.delete(oldest)
      }
      callback(null, { current: window.count, ttl: window.startMs + timeWindow - nowMs })
    }

    child(): FastifyRateLimitStore {
      return new MemoryStore()
    }
  }
}
