import type { RuleResult } from './rule-result'

/** GB 11643-1999 居民身份证号: 17 body digits + a mod-11 check character. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK_CHARS = '10X98765432'
/** First two digits: province-level codes of GB/T 2260 (incl. 71 台湾, 81 香港, 82 澳门). */
const PROVINCES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52,
  53, 54, 61, 62, 63, 64, 65, 71, 81, 82,
])

export function idNumberCheckChar(body17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(body17[i]) * (WEIGHTS[i] ?? 0)
  return CHECK_CHARS[sum % 11] ?? ''
}

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day))
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  )
}

/**
 * Validates a 18-digit 居民身份证号 and says, in words, what is wrong.
 * `today` is injected so the birth-date rule is testable.
 */
export function checkIdNumber(input: string, today: Date = new Date()): RuleResult {
  const value = input.trim().toUpperCase()
  if (value.length !== 18) {
    return { ok: false, reason: `身份证号应为18位，您输入了${value.length}位，请对照证件核对` }
  }
  if (!/^\d{17}[\dX]$/.test(value)) {
    return { ok: false, reason: '身份证号前17位只能是数字，最后一位是数字或字母X' }
  }
  if (!PROVINCES.has(Number(value.slice(0, 2)))) {
    return { ok: false, reason: `开头的地区代码“${value.slice(0, 2)}”不存在，请核对前两位` }
  }
  const year = Number(value.slice(6, 10))
  const month = Number(value.slice(10, 12))
  const day = Number(value.slice(12, 14))
  const birth = Date.UTC(year, month - 1, day)
  if (year < 1900 || !isRealDate(year, month, day) || birth > today.getTime()) {
    return { ok: false, reason: `第7至14位的出生日期“${value.slice(6, 14)}”无效，请核对` }
  }
  if (idNumberCheckChar(value.slice(0, 17)) !== value[17]) {
    return {
      ok: false,
      reason: '身份证号最后一位校验码不正确，可能有数字输错或顺序颠倒，请对照证件逐位核对',
    }
  }
  return { ok: true }
}
