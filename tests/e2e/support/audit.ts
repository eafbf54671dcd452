import type { Page } from 'playwright-core'

export interface TextFinding {
  text: string
  fontSize: number
  contrast: number
}
export interface TargetFinding {
  label: string
  width: number
  height: number
}
/** A field someone types into, and the size of what they type. */
export interface InputFinding {
  label: string
  fontSize: number
}
export interface AuditResult {
  texts: TextFinding[]
  targets: TargetFinding[]
  inputs: InputFinding[]
}

/** Runs inside the page: measures every visible text and tap target (computed CSS px). */
function measure(): AuditResult {
  type Rgba = [number, number, number, number]
  const parse = (css: string): Rgba => {
    const m = css.match(/rgba?\(([^)]+)\)/)
    if (!m?.[1]) return [0, 0, 0, 0]
    const [r = 0, g = 0, b = 0, a = 1] = m[1]
      .split(/[,\s/]+/)
      .filter(Boolean)
      .map(Number)
    return [r, g, b, a]
  }
  const over = (top: Rgba, bottom: Rgba): Rgba => {
    const a = top[3]
    return [0, 1, 2].map((i) => (top[i] ?? 0) * a + (bottom[i] ?? 0) * (1 - a)).concat(1) as Rgba
  }
  const background = (el: Element | null): Rgba => {
    const layers: Rgba[] = []
    for (let node = el; node; node = node.parentElement) {
      const bg = parse(getComputedStyle(node).backgroundColor)
      if (bg[3] > 0) layers.push(bg)
      if (bg[3] >= 1) break
    }
    return layers.reduceRight<Rgba>((acc, layer) => over(layer, acc), [255, 255, 255, 1])
  }
  const luminance = ([r, g, b]: Rgba) => {
    const lin = (c: number) => {
      const s = c / 255
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
    }
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
  }
  const visible = (el: Element) => {
    const r = el.getBoundingClientRect()
    return (
      r.width > 1 &&
      r.height > 1 &&
      el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })
    )
  }
  const texts: TextFinding[] = []
  for (const el of Array.from(document.querySelectorAll('body *'))) {
    const own = Array.from(el.childNodes)
      .filter((n) => n.nodeType === Node.TEXT_NODE)
      .map((n) => n.textContent ?? '')
      .join('')
      .trim()
    if (
      own === '' ||
      !visible(el) ||
      el.closest('[aria-hidden="true"]') ||
      el.closest('.gov-async__sr')
    )
      continue
    const style = getComputedStyle(el)
    const bg = background(el)
    const fg = over(parse(style.color), bg)
    const [l1, l2] = [luminance(fg), luminance(bg)].sort((a, b) => b - a) as [number, number]
    texts.push({
      text: own.slice(0, 30),
      fontSize: parseFloat(style.fontSize),
      contrast: (l1 + 0.05) / (l2 + 0.05),
    })
  }
  const targetSelector =
    '[role="button"], [role="switch"], [role="radio"], [role="search"], taro-button-core, button, input, a[href], .weui-tabbar__item'
  const targets = Array.from(document.querySelectorAll(targetSelector))
    .filter(visible)
    .map((el) => {
      const r = el.getBoundingClientRect()
      const label = (el.getAttribute('aria-label') ?? el.textContent ?? el.tagName)
        .trim()
        .slice(0, 30)
      return { label, width: Math.round(r.width), height: Math.round(r.height) }
    })
  const typed = new Set([
    '',
    'text',
    'search',
    'tel',
    'number',
    'email',
    'password',
    'url',
    'digit',
  ])
  const inputs = Array.from(document.querySelectorAll('input, textarea'))
    .filter(
      (el) =>
        visible(el) &&
        (el.tagName === 'TEXTAREA' || typed.has((el.getAttribute('type') ?? '').toLowerCase())),
    )
    .map((el) => {
      const host = el.closest('[aria-label]')
      const label = (
        el.getAttribute('aria-label') ??
        host?.getAttribute('aria-label') ??
        el.getAttribute('placeholder') ??
        el.tagName
      ).slice(0, 30)
      return { label, fontSize: parseFloat(getComputedStyle(el).fontSize) }
    })
  return { texts, targets, inputs }
}

export function auditPage(page: Page): Promise<AuditResult> {
  return page.evaluate(measure)
}

export interface AuditLimits {
  minFontPx: number
  minTargetPx: number
  /** The least space between two tap targets (issue 15: 提交 sat on 上一题). */
  minTargetGapPx: number
  minContrast: number
  /** The size of typed text in every input/textarea (the text audit cannot see field values). */
  minInputFontPx: number
}

export const ELDER_LIMITS: AuditLimits = {
  minFontPx: 18,
  minTargetPx: 60,
  minTargetGapPx: 16,
  minContrast: 4.5,
  minInputFontPx: 18,
}
export const NORMAL_LIMITS: AuditLimits = {
  minFontPx: 0,
  minTargetPx: 44,
  minTargetGapPx: 8,
  minContrast: 4.5,
  minInputFontPx: 0,
}

/** Human-readable violations; an empty list means the page passes. */
export function violations(result: AuditResult, limits: AuditLimits): string[] {
  const out: string[] = []
  for (const t of result.texts) {
    if (t.fontSize < limits.minFontPx)
      out.push(`text “${t.text}” is ${t.fontSize}px (< ${limits.minFontPx}px)`)
    if (t.contrast < limits.minContrast)
      out.push(`text “${t.text}” contrast ${t.contrast.toFixed(2)} (< ${limits.minContrast})`)
  }
  for (const t of result.targets) {
    if (t.width < limits.minTargetPx || t.height < limits.minTargetPx) {
      out.push(
        `target “${t.label}” is ${t.width}×${t.height}px (< ${limits.minTargetPx}×${limits.minTargetPx})`,
      )
    }
  }
  for (const i of result.inputs) {
    if (i.fontSize < limits.minInputFontPx)
      out.push(`input “${i.label}” types at ${i.fontSize}px (< ${limits.minInputFontPx}px)`)
  }
  return out
}
