/** A rule either passes or says, in plain Chinese, what is wrong and what to do. */
export type RuleResult = { ok: true } | { ok: false; reason: string }
