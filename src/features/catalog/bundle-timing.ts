import type { Bundle } from '../../services/contract'
import { bundleSavings, daysLabel, visitsLabel } from './model'

/**
 * 一起办 vs 分别办, like with like: every number is a 承诺时限 in working days counted the same way
 * (from the day after 受理; 0 = 即办). Handled one after another, the separate items take the sum
 * of their promises; that is what the bundle's promise is compared with.
 */
export interface BundleTiming {
  together: number
  /** The members one after another. */
  oneByOne: number
  /** The slowest member alone: no way of doing them all is quicker than this. */
  slowest: number
  verdict: 'faster' | 'same' | 'slower'
  /** Working days the bundle saves (faster) or adds (slower); 0 when the same. */
  difference: number
}

export function bundleTiming(bundle: Pick<Bundle, 'promisedDays' | 'items'>): BundleTiming {
  const days = bundle.items.map((item) => item.promisedDays)
  const oneByOne = days.reduce((sum, d) => sum + d, 0)
  const together = bundle.promisedDays
  const verdict = together < oneByOne ? 'faster' : together > oneByOne ? 'slower' : 'same'
  return {
    together,
    oneByOne,
    slowest: Math.max(0, ...days),
    verdict,
    difference: Math.abs(oneByOne - together),
  }
}

/** The lines the 一件事 page shows: both ways in the same unit, then what the comparison means. */
export function bundleTimingLines(bundle: Bundle): {
  together: string
  separately: string
  verdict: string
} {
  const t = bundleTiming(bundle)
  const savings = bundleSavings(bundle)
  const n = bundle.items.length
  const together =
    t.together === 0
      ? `一起办：即办，当场全部办结，${visitsLabel(bundle.visits)}`
      : `一起办：承诺${t.together}个工作日内全部办结，${visitsLabel(bundle.visits)}`
  const separately =
    t.oneByOne === 0
      ? `分别办：${n}个事项每项都是即办，要自己逐个办理，${visitsLabel(bundle.separateVisits)}`
      : `分别办：${n}个事项一项接一项办合计${daysLabel(t.oneByOne)}（最慢的一项${daysLabel(t.slowest)}），${visitsLabel(bundle.separateVisits)}`
  // Materials saved have their own line on the page.
  const saved = savings.visitsSaved > 0 ? `少跑${savings.visitsSaved}次` : ''
  if (t.verdict === 'faster') {
    const also = saved ? `，还${saved}` : ''
    return { together, separately, verdict: `一起办比一项接一项办少${t.difference}个工作日${also}` }
  }
  if (t.verdict === 'same') {
    const also = saved ? `，一起办${saved}` : ''
    return { together, separately, verdict: `两种办法用时相同${also}` }
  }
  const departments = new Set(bundle.items.map((item) => item.department)).size
  const gain = saved ? `，${saved}` : ''
  return {
    together,
    separately,
    verdict: `为什么一起办要多${t.difference}个工作日：${departments}个部门在后台依次接续办理，您不用逐个窗口去跑${gain}。急着只办其中一项，可在下方单独办理。`,
  }
}
