import * as z from 'zod/mini'
import type { RuleResult } from './rules/rule-result'
import { parseDate } from './calendar/days'

// WeChat forbids `new Function`: zod must not JIT-compile object parsers. Every schema file
// imports this module before defining schemas. The `z` namespace is deliberately not
// re-exported: an escaped namespace defeats tree-shaking and pulled ~400 KB into the weapp.
z.config({ jitless: true })

/** Turns a RuleResult-returning rule into a zod check that reports the rule's own reason. */
export function ruleCheck(rule: (value: string) => RuleResult) {
  return z.superRefine<string>((value, ctx) => {
    const result = rule(value)
    if (!result.ok) ctx.issues.push({ code: 'custom', message: result.reason, input: value })
  })
}

// Characters that take no room on screen: C0/C1 controls (NUL …), soft hyphen, zero-width
// space/joiners, direction marks and overrides, word joiner and invisible operators, BOM, and
// the Hangul fillers that render blank. Twelve of them must not pass as a ten-character text.
const INVISIBLE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u034F\u115F\u1160\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\u3164\uFEFF\uFFA0]/g
const LINE_BREAKS = /\r\n?|\n|\t/g

/**
 * Removes invisible characters. A multi-line text keeps its line breaks (`\r\n` becomes `\n`)
 * and tabs; a one-line text gets a space for each.
 */
export function stripInvisible(value: string, multiline = false): string {
  const visible = value.replace(INVISIBLE, '')
  return multiline ? visible.replace(/\r\n?/g, '\n') : visible.replace(LINE_BREAKS, ' ')
}

/** `z.trim()` after `stripInvisible`: every free-text field of the contract starts with it. */
export const clean = () => z.overwrite((value: string) => stripInvisible(value).trim())
/** `clean()` for a text that may have several lines (a complaint, a question, a reply). */
export const cleanMultiline = () =>
  z.overwrite((value: string) => stripInvisible(value, true).trim())

/** A required, cleaned one-line text field with Chinese messages for blank / too long. */
export function text(label: string, max: number) {
  return z
    .string()
    .check(
      clean(),
      z.minLength(1, `请填写${label}`),
      z.maxLength(max, `${label}不能超过${max}个字`),
    )
}

/** A required, cleaned multi-line text field. */
export function paragraph(label: string, max: number) {
  return z
    .string()
    .check(
      cleanMultiline(),
      z.minLength(1, `请填写${label}`),
      z.maxLength(max, `${label}不能超过${max}个字`),
    )
}

/** Years any date of this service can fall in; outside them a date is a typo or an attack. */
export const SANE_YEARS = { from: 1900, to: 2100 } as const

function saneYear(year: number): boolean {
  return year >= SANE_YEARS.from && year <= SANE_YEARS.to
}

/** `YYYY-MM-DD` that names a real day (no 2026-02-30) of a sane year. */
function isCalendarDate(value: string): boolean {
  const date = parseDate(value)
  return date !== null && saneYear(date.y)
}

/** Checks an ISO instant (`2026-03-03T01:00:00.000Z`, `2026-03-03T09:00:00+08:00`) in a sane year. */
export function isInstant(message: string) {
  return z.refine<string>((value) => {
    if (value.length > 40 || value[10] !== 'T' || !isCalendarDate(value.slice(0, 10))) return false
    const ms = Date.parse(value)
    return !Number.isNaN(ms) && saneYear(new Date(ms).getUTCFullYear())
  }, message)
}

/** An ISO instant in a sane year: every date-time the contract accepts. */
export function instant(message: string) {
  return z.string().check(isInstant(message))
}

/** Checks that a `YYYY-MM-DD` names a real day of a sane year (no 2026-02-30, no 0000-01-01). */
export function isLocalDate(message: string) {
  return z.refine<string>(isCalendarDate, message)
}

/** A real calendar date `YYYY-MM-DD` in a sane year. */
export function localDate(message: string) {
  return z.string().check(isLocalDate(message))
}
