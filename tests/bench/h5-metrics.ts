// Pure rules of the H5 browser benchmarks (h5-cls.ts, lighthouse.ts), tested on their own.

export const CLS_TARGET = 0.1
export const SCORE_TARGET = 90
/** Under load, a page may score this share of the bare app instead of the absolute target. */
export const BARE_RATIO_TARGET = 0.9

export interface LighthouseRow {
  page: string
  score: number
  lcpMs: number
  tbtMs: number
  cls: number
}

/** Pure: CLS is the largest session window (gaps < 1 s, windows ≤ 5 s) of shifts without input. */
export function clsOf(
  shifts: readonly { value: number; startTime: number; hadRecentInput: boolean }[],
): number {
  let best = 0
  let current = 0
  let windowStart = -Infinity
  let previous = -Infinity
  for (const shift of shifts.filter((s) => !s.hadRecentInput)) {
    if (shift.startTime - previous > 1000 || shift.startTime - windowStart > 5000) {
      current = 0
      windowStart = shift.startTime
    }
    current += shift.value
    previous = shift.startTime
    best = Math.max(best, current)
  }
  return best
}

/** Pure: the median of the runs by score, so one noisy run neither passes nor fails a page. */
export function medianRun(runs: LighthouseRow[]): LighthouseRow {
  const sorted = [...runs].sort((a, b) => a.score - b.score)
  const middle = sorted[Math.floor(sorted.length / 2)]
  if (!middle) throw new Error('no Lighthouse run')
  return middle
}

/** Pure: the absolute target, or the ratio to the bare app when the machine cannot reach it. */
export function pagePasses(score: number, bareScore: number | undefined): boolean {
  if (score >= SCORE_TARGET) return true
  return (
    bareScore !== undefined && bareScore < SCORE_TARGET && score >= bareScore * BARE_RATIO_TARGET
  )
}
