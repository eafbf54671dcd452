import type { RuleResult } from './rule-result'

export function checkMobile(input: string): RuleResult {
  const value = input.replace(/[\s-]/g, '')
  if (!/^\d+$/.test(value)) return { ok: false, reason: '手机号只能包含数字' }
  if (value.length !== 11) {
    return { ok: false, reason: `手机号应为11位，您输入了${value.length}位` }
  }
  if (!/^1[3-9]/.test(value)) return { ok: false, reason: '手机号应以13至19开头，请核对' }
  return { ok: true }
}
