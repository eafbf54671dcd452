import * as z from 'zod/mini'
import type { RuleResult } from './rules/rule-result'

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

/** A required, trimmed text field with Chinese messages for blank / too long. */
export function text(label: string, max: number) {
  return z
    .string()
    .check(
      z.trim(),
      z.minLength(1, `请填写${label}`),
      z.maxLength(max, `${label}不能超过${max}个字`),
    )
}
