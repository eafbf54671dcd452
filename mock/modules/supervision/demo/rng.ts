/** A seeded random source (mulberry32): the same seed gives the same history, run after run. */
export interface Rng {
  /** [0, 1) */
  next: () => number
  /** An integer in [min, max]. */
  int: (min: number, max: number) => number
  /** One of `items`, each as likely as its weight. */
  pick: <T>(items: readonly T[], weight?: (item: T) => number) => T
}

export function seededRng(seed: number): Rng {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(items: readonly T[], weight: (item: T) => number = () => 1): T => {
    const total = items.reduce((sum, item) => sum + weight(item), 0)
    let left = next() * total
    for (const item of items) {
      left -= weight(item)
      if (left < 0) return item
    }
    const last = items[items.length - 1]
    if (last === undefined) throw new Error('nothing to pick from')
    return last
  }
  return { next, int, pick }
}
