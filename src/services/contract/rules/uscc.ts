import type { RuleResult } from './rule-result'

/** GB 32100-2015 统一社会信用代码: 31 allowed characters (no I, O, Z, S, V), mod-31 check. */
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
/** 登记管理部门码 (position 1) of GB 32100 Table 1. */
const REGISTRARS = new Set('1234567891ANY'.split(''))

export function usccCheckChar(body17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += CHARSET.indexOf(body17[i] ?? '') * (WEIGHTS[i] ?? 0)
  return CHARSET[(31 - (sum % 31)) % 31] ?? ''
}

export function checkUscc(input: string): RuleResult {
  const value = input.trim().toUpperCase()
  if (value.length !== 18) {
    return {
      ok: false,
      reason: `统一社会信用代码应为18位，您输入了${value.length}位，请对照营业执照核对`,
    }
  }
  const bad = [...value].find((ch) => !CHARSET.includes(ch))
  if (bad !== undefined) {
    const hint = 'IOZSV'.includes(bad)
      ? `（代码中不使用字母${bad}，可能是数字${{ I: '1', O: '0', Z: '2', S: '5', V: 'U' }[bad]}）`
      : ''
    return { ok: false, reason: `统一社会信用代码含有无效字符“${bad}”${hint}` }
  }
  if (!REGISTRARS.has(value[0] ?? '')) {
    return { ok: false, reason: `第1位登记管理部门代码“${value[0]}”无效，请核对` }
  }
  if (!/^\d{6}$/.test(value.slice(2, 8))) {
    return { ok: false, reason: '第3至8位应为6位数字的行政区划代码，请核对' }
  }
  if (usccCheckChar(value.slice(0, 17)) !== value[17]) {
    return {
      ok: false,
      reason: '统一社会信用代码最后一位校验码不正确，可能有字符输错，请对照营业执照逐位核对',
    }
  }
  return { ok: true }
}
