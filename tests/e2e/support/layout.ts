import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import type { Page } from 'playwright-core'

/** Runs in the page: text cut off by its box, text boxes on top of each other, sideways scroll. */
function measureLayout(): string[] {
  const problems: string[] = []
  const root = document.querySelector('.gov-page:not([style*="display: none"])') ?? document.body
  const shown = (el: Element) => {
    const r = el.getBoundingClientRect()
    const s = getComputedStyle(el)
    return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none'
  }
  const ownText = (el: Element) =>
    Array.from(el.childNodes)
      .filter((n) => n.nodeType === Node.TEXT_NODE)
      .map((n) => n.textContent ?? '')
      .join('')
      .trim()
  const texts = Array.from(root.querySelectorAll('*')).filter(
    (el) => ownText(el) !== '' && shown(el),
  )
  for (const el of texts) {
    const s = getComputedStyle(el)
    const clips = ['hidden', 'clip'].includes(s.overflowX) || s.textOverflow === 'ellipsis'
    if (clips && el.scrollWidth > el.clientWidth + 2)
      problems.push(`cut off: “${ownText(el).slice(0, 20)}”`)
    if (el.getBoundingClientRect().right > window.innerWidth + 1)
      problems.push(`past the right edge: “${ownText(el).slice(0, 20)}”`)
  }
  for (let i = 0; i < texts.length; i++) {
    const a = texts[i] as Element
    const ra = a.getBoundingClientRect()
    for (let j = i + 1; j < texts.length; j++) {
      const b = texts[j] as Element
      if (a.contains(b) || b.contains(a)) continue
      const rb = b.getBoundingClientRect()
      const w = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left)
      const h = Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top)
      const smaller = Math.min(ra.width * ra.height, rb.width * rb.height)
      if (w > 0 && h > 0 && w * h > 0.25 * smaller) {
        problems.push(`overlap: “${ownText(a).slice(0, 12)}” / “${ownText(b).slice(0, 12)}”`)
      }
    }
  }
  if (document.documentElement.scrollWidth > window.innerWidth + 1)
    problems.push(`page scrolls sideways (${document.documentElement.scrollWidth}px)`)
  return problems
}

export function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(measureLayout)
}

const AXE = path.join(path.dirname(createRequire(__filename).resolve('axe-core')), 'axe.min.js')
// Evaluated through the DevTools protocol, which the page's CSP does not govern (an injected
// <script> tag would be refused, as it should be).
const AXE_SOURCE = readFileSync(AXE, 'utf8')

interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: { target: string[] }[]
}

/** Loads axe-core into the page once (window.axe). */
export async function injectAxe(page: Page): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE)
}

/** axe-core's serious and critical findings for the visible page, one line each with the element. */
export async function axeProblems(page: Page): Promise<string[]> {
  await injectAxe(page)
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (c: unknown, o: unknown) => Promise<{ violations: AxeViolation[] }> }
      }
    ).axe
    const context = document.querySelector('.gov-page:not([style*="display: none"])') ?? document
    const result = await axe.run(context, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] },
      resultTypes: ['violations'],
    })
    return result.violations
  })
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `axe ${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    )
}
