import type { PolicyInput } from '../../../src/services/contract'
import { checkCondition } from './rule-check'
import type { PolicySeed } from './types'
import { policyErrors } from './validate'

/** `YYYY-MM-DD` naming a real day. */
function isDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const [y, m, d] = value.split('-').map(Number) as [number, number, number]
  const at = new Date(Date.UTC(y, m - 1, d))
  return at.getUTCFullYear() === y && at.getUTCMonth() === m - 1 && at.getUTCDate() === d
}

/** `MM-DD` naming a day every year has (02-29 does not). */
const isMonthDay = (value: string) => value !== '02-29' && isDay(`2025-${value}`)

function dateErrors(input: PolicyInput, today: string): string[] {
  const errors: string[] = []
  if (input.deadline !== null) {
    if (!isMonthDay(input.deadline))
      errors.push('申报截止日期应为每年的月-日，如 11-20；全年可申报请留空')
    if (input.mode === 'auto') errors.push('免申即享政策没有申报截止日期，请留空')
  }
  if (!isDay(input.publishedOn)) errors.push('发布日期应为 YYYY-MM-DD，如 2026-03-01')
  else if (input.publishedOn > today) errors.push('发布日期不能晚于今天')
  if (input.validUntil !== null) {
    if (!isDay(input.validUntil)) errors.push('有效期应为 YYYY-MM-DD，不设截止请留空')
    else if (input.validUntil < today)
      errors.push(`有效期至${input.validUntil}已过，请延长有效期；政策已停止执行的请撤回`)
    else if (input.validUntil < input.publishedOn) errors.push('有效期不能早于发布日期')
  }
  return errors
}

/**
 * A policy from the console, checked whole (dates as of `today`, the condition rule by rule, the
 * 免申/申报 wording): the policy to store, or every problem in Chinese.
 */
export function checkPolicy(
  id: string,
  input: PolicyInput,
  today: string,
): { ok: true; policy: PolicySeed } | { ok: false; errors: string[] } {
  const errors = dateErrors(input, today)
  const rule = checkCondition(input.condition)
  if (!rule.ok) errors.push(...rule.errors)
  if (!rule.ok || errors.length > 0) return { ok: false, errors }
  const policy: PolicySeed = {
    id,
    title: input.title,
    level: input.level,
    department: input.department,
    category: input.category,
    mode: input.mode,
    amount: input.amount,
    deadline: input.deadline,
    publishedOn: input.publishedOn,
    validUntil: input.validUntil,
    summary: input.summary,
    basis: input.basis,
    materials: [...input.materials],
    contact: input.contact,
    condition: rule.condition,
  }
  // The rules every policy file obeys too (申报材料, 免申/申报 wording), without the id prefix.
  const rest = policyErrors([policy]).map((e) => e.replace(`${id}: `, ''))
  return rest.length > 0 ? { ok: false, errors: rest } : { ok: true, policy }
}
