import type { RuleResult } from './rule-result'

export type UtilityKind = 'water' | 'power' | 'gas' | 'heating'

/** Account number lengths on the 缴费通知单 of each (sample) company; the last digit is a Luhn check. */
export const ACCOUNT_LENGTH: Record<UtilityKind, number> = {
  water: 10,
  power: 10,
  gas: 8,
  heating: 9,
}

export function luhnCheckDigit(body: string): string {
  let sum = 0
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i])
    if (i % 2 === 0) {
      d *= 2
      if (d > 9) d -= 9
    }
    sum += d
  }
  return String((10 - (sum % 10)) % 10)
}

export function checkAccountNumber(kind: UtilityKind, number: string): RuleResult {
  const length = ACCOUNT_LENGTH[kind]
  if (!/^\d+$/.test(number)) return { ok: false, reason: '户号只能是数字，请照缴费通知单填写' }
  if (number.length !== length)
    return { ok: false, reason: `户号应为${length}位数字，您填了${number.length}位` }
  if (luhnCheckDigit(number.slice(0, -1)) !== number.slice(-1))
    return { ok: false, reason: '户号最后一位校验码不正确，请核对是否输错' }
  return { ok: true }
}
