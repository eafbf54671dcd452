import type { LoanProductInput } from '../../../src/services/contract'
import type { ProductTerms } from './products'

/** 万元: a 小微 product above this is a typo (10 亿元). */
const MAX_AMOUNT = 100_000
/** 年化 %: above the judicial protection ceiling no bank product is plausible. */
const MAX_RATE = 24
const MAX_TERM_YEARS = 30

const PERCENT = /(\d+(?:\.\d+)?)\s*%/g
const YEARS = /(\d+(?:\.\d+)?)\s*年/g
const MONTHS = /(\d+)\s*个?月/g
const numbers = (text: string, pattern: RegExp) =>
  [...text.matchAll(pattern)].map((m) => Number(m[1]))

function amountErrors(min: number, max: number): string[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return ['额度应为数字（万元）']
  if (min <= 0) return ['最低额度应大于0万元']
  if (max > MAX_AMOUNT) return [`最高额度不能超过${MAX_AMOUNT}万元，请核对单位（万元）`]
  if (min > max) return [`最低额度${min}万元高于最高额度${max}万元，请核对`]
  return []
}

function rateErrors(rateText: string): string[] {
  const rates = numbers(rateText, PERCENT)
  if (rates.length === 0 && !/LPR|基点/.test(rateText))
    return ['利率说明应写明年化利率（如“年化约3.3%–4.5%”）或以LPR为基准的加点']
  if (rates.some((r) => r <= 0 || r > MAX_RATE)) return [`利率应在0%到${MAX_RATE}%之间，请核对`]
  if (rates.length >= 2 && rates[0]! > rates[1]!) return ['利率区间的下限高于上限，请核对']
  return []
}

function termErrors(termText: string): string[] {
  const years = [...numbers(termText, YEARS), ...numbers(termText, MONTHS).map((m) => m / 12)]
  if (years.length === 0 && !/随借随还/.test(termText))
    return ['期限说明应写明年限或月数（如“最长3年”“12个月”）']
  if (years.some((y) => y <= 0 || y > MAX_TERM_YEARS))
    return [`贷款期限应在${MAX_TERM_YEARS}年以内，请核对`]
  return []
}

/** A product from the console: what to store, or every problem in Chinese. */
export function checkProduct(
  input: LoanProductInput,
): { ok: true; terms: ProductTerms } | { ok: false; errors: string[] } {
  const errors = [
    ...amountErrors(input.amountMin, input.amountMax),
    ...rateErrors(input.rateText),
    ...termErrors(input.termText),
  ]
  if (input.conditions.length === 0) errors.push('请至少填写一条申请条件')
  if (input.materials.length === 0) errors.push('请至少填写一项所需材料')
  if (errors.length > 0) return { ok: false, errors }
  return {
    ok: true,
    terms: { ...input, conditions: [...input.conditions], materials: [...input.materials] },
  }
}
