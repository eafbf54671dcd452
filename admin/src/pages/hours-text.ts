import type { OpeningDay } from '../../../src/services/contract'

const SPAN = /^(\d{2}:\d{2})\s*[-–~至]\s*(\d{2}:\d{2})$/

/** “09:00-12:00, 13:30-17:30” ⇄ spans: how a day's hours are typed in the console. */
export function spansToText(spans: OpeningDay['spans']): string {
  return spans.map((s) => `${s.open}-${s.close}`).join(', ')
}

/** The spans typed for one day, or null when a part is not “HH:MM-HH:MM”. */
export function textToSpans(text: string): OpeningDay['spans'] | null {
  const parts = text
    .split(/[,，;；\s]+(?=\d)/)
    .map((p) => p.trim())
    .filter(Boolean)
  const spans: OpeningDay['spans'] = []
  for (const part of parts) {
    const found = SPAN.exec(part)
    if (!found?.[1] || !found[2]) return null
    spans.push({ open: found[1], close: found[2] })
  }
  return spans
}
