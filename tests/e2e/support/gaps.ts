import type { Page } from 'playwright-core'

/** What a finger can hit: the same kinds of element the target-size check measures. */
export const TAPPABLE =
  '[role="button"], [role="switch"], [role="radio"], [role="checkbox"], [role="link"], [role="search"], taro-button-core, button, input, textarea, select, a[href], .weui-tabbar__item'

export interface TouchingPair {
  a: string
  b: string
  gap: number
}

/**
 * Runs in the page: every pair of visible tap targets closer than `minGap` CSS px, measured
 * between their bounding boxes (the gap along the axis that separates them; 0 when they touch or
 * overlap). A target inside another (the <input> of a Taro input, a search box's field) is one
 * target, not a pair.
 */
function measureGaps(args: { selector: string; minGap: number }): TouchingPair[] {
  const label = (el: Element) =>
    (el.getAttribute('aria-label') ?? el.textContent ?? el.tagName).trim().slice(0, 20)
  const targets = Array.from(document.querySelectorAll(args.selector)).filter((el) => {
    const r = el.getBoundingClientRect()
    return (
      r.width > 1 &&
      r.height > 1 &&
      el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) &&
      !el.closest('[aria-hidden="true"]')
    )
  })
  const outermost = targets.filter((el) => !targets.some((o) => o !== el && o.contains(el)))
  // A bar that stays put (the H5 tab bar, the title bar) and the page scrolling past it are never
  // side by side for good: only targets of the same layer (the same fixed/sticky box or scroller)
  // are compared.
  const layer = (el: Element) => {
    for (let node = el.parentElement; node; node = node.parentElement) {
      const style = getComputedStyle(node)
      if (['fixed', 'sticky'].includes(style.position)) return node
      if (['auto', 'scroll'].includes(style.overflowY)) return node
    }
    return null
  }
  const found: TouchingPair[] = []
  for (let i = 0; i < outermost.length; i++) {
    const a = outermost[i] as Element
    const ra = a.getBoundingClientRect()
    for (let j = i + 1; j < outermost.length; j++) {
      const b = outermost[j] as Element
      if (layer(a) !== layer(b)) continue
      const rb = b.getBoundingClientRect()
      const dx = Math.max(0, rb.left - ra.right, ra.left - rb.right)
      const dy = Math.max(0, rb.top - ra.bottom, ra.top - rb.bottom)
      const gap = Math.max(dx, dy)
      // Half a pixel of slack for sub-pixel layout (rpx → rem → px rounding).
      if (gap < args.minGap - 0.5) found.push({ a: label(a), b: label(b), gap: Math.round(gap) })
    }
  }
  return found
}

export function touchingTargets(page: Page, minGap: number): Promise<TouchingPair[]> {
  return page.evaluate(measureGaps, { selector: TAPPABLE, minGap })
}

/** One line per pair, for the audit's list of violations. */
export function gapViolations(pairs: TouchingPair[], minGap: number): string[] {
  return pairs.map((p) => `targets “${p.a}” and “${p.b}” are ${p.gap}px apart (< ${minGap}px)`)
}
