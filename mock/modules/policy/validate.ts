import { QUALIFICATIONS, QINGSHAN_STREETS, TAX_CREDITS } from '../../../src/services/contract'
import { negate } from './evaluate'
import {
  BOOL_FACTS,
  ENUM_FACTS,
  NUMBER_FACTS,
  SET_FACTS,
  type Condition,
  type Leaf,
  type PolicySeed,
} from './types'

const ENUM_VALUES: Record<string, readonly string[] | undefined> = {
  size: ['large', 'medium', 'small', 'micro'],
  taxCredit: TAX_CREDITS,
  street: QINGSHAN_STREETS,
  section: 'ABCDEFGHIJKLMNOPQRST'.split(''),
}
const QUALIFICATION_CODES: readonly string[] = QUALIFICATIONS.map((q) => q.value)
const has = (list: readonly string[], v: unknown) => typeof v === 'string' && list.includes(v)

/** Every problem with one condition, as "path: problem". Policies are data: they are checked, not trusted. */
export function conditionErrors(condition: Condition, path = 'condition'): string[] {
  const c = condition as Record<string, unknown>
  if ('not' in c) {
    const leaf = (condition as { not: unknown; clause: unknown }).not
    if (typeof c.clause !== 'string' || c.clause === '')
      return [`${path}: not 需要否定后的条款原文`]
    if (
      typeof leaf !== 'object' ||
      leaf === null ||
      'all' in leaf ||
      'any' in leaf ||
      'not' in leaf
    ) {
      return [`${path}: not 只能作用于单个条件`]
    }
    const leafErrors = conditionErrors(leaf as Condition, `${path}.not`)
    if (leafErrors.length > 0) return leafErrors
    return negate(leaf as Leaf, c.clause) ? [] : [`${path}: 该运算符不能取反`]
  }
  for (const kind of ['all', 'any'] as const) {
    if (kind in c) {
      const list = c[kind]
      if (!Array.isArray(list) || list.length === 0) return [`${path}.${kind}: 不能为空`]
      return (list as Condition[]).flatMap((child, i) =>
        conditionErrors(child, `${path}.${kind}[${i}]`),
      )
    }
  }
  const { fact, op, value, clause } = c
  const errors: string[] = []
  if (typeof clause !== 'string' || clause.trim() === '') errors.push(`${path}: 缺少条款原文`)
  if (has(NUMBER_FACTS, fact)) {
    if (op === 'between') {
      const ok =
        Array.isArray(value) &&
        value.length === 2 &&
        value.every(Number.isFinite) &&
        value[0] <= value[1]
      if (!ok) errors.push(`${path}: between 需要 [下限, 上限]`)
    } else if (!has(['gte', 'gt', 'lte', 'lt'], op))
      errors.push(`${path}: 数值条件不支持 ${String(op)}`)
    else if (typeof value !== 'number' || !Number.isFinite(value)) errors.push(`${path}: 需要数值`)
  } else if (has(ENUM_FACTS, fact)) {
    const allowed = ENUM_VALUES[fact as string]
    if (!has(['in', 'notIn'], op)) errors.push(`${path}: 枚举条件只支持 in/notIn`)
    else if (!Array.isArray(value) || value.length === 0) errors.push(`${path}: 需要取值列表`)
    else if (
      fact === 'division' &&
      !value.every((v) => typeof v === 'string' && /^\d{2}$/.test(v))
    ) {
      errors.push(`${path}: 行业大类应为两位代码`)
    } else if (allowed && !value.every((v) => has(allowed, v)))
      errors.push(`${path}: 取值不在 ${String(fact)} 的范围内`)
  } else if (has(SET_FACTS, fact)) {
    if (!has(['hasAll', 'hasAny', 'hasNone'], op))
      errors.push(`${path}: 集合条件只支持 hasAll/hasAny/hasNone`)
    else if (
      !Array.isArray(value) ||
      value.length === 0 ||
      !value.every((v) => has(QUALIFICATION_CODES, v))
    ) {
      errors.push(`${path}: 资质代码不正确`)
    }
  } else if (has(BOOL_FACTS, fact)) {
    if (op !== 'is' || typeof value !== 'boolean')
      errors.push(`${path}: 是否条件只支持 is true/false`)
  } else errors.push(`${path}: 未知的企业信息 ${String(fact)}`)
  return errors
}

/** Words that say the opposite of the policy's mode: one page never says both. */
const SAYS_APPLY = /自行(判别)?申报|需申报|需要申报|提交申请/
const SAYS_AUTO = /免申|无需申请|无需另行申请/

function modeErrors(p: PolicySeed): string[] {
  const text = [p.title, p.summary, p.amount, ...p.materials].join('；')
  if (p.mode === 'auto' && SAYS_APPLY.test(text))
    return [`${p.id}: 免申即享政策的说明里不能出现“自行申报”等申报字样`]
  if (p.mode === 'apply' && SAYS_AUTO.test(text))
    return [`${p.id}: 自行申报政策的说明里不能出现“免申”字样`]
  return []
}

export function policyErrors(policies: readonly PolicySeed[]): string[] {
  const errors: string[] = []
  const ids = new Set<string>()
  for (const p of policies) {
    if (ids.has(p.id)) errors.push(`${p.id}: 政策编号重复`)
    ids.add(p.id)
    if (p.deadline !== null && !/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(p.deadline)) {
      errors.push(`${p.id}: 截止日期应为 MM-DD`)
    }
    if (p.mode === 'auto' && p.deadline !== null)
      errors.push(`${p.id}: 免申即享政策没有申报截止日期`)
    if (p.mode === 'apply' && p.materials.length === 0)
      errors.push(`${p.id}: 需申报政策要列出申报材料`)
    if (!/^\d{4}-\d{2}-\d{2}$/.test(p.publishedOn)) errors.push(`${p.id}: 发布日期格式不正确`)
    errors.push(...modeErrors(p))
    errors.push(...conditionErrors(p.condition, p.id))
  }
  return errors
}

/** Throws with every problem listed: a bad policy must stop the server, not mislead an enterprise. */
export function loadPolicies(policies: readonly PolicySeed[]): readonly PolicySeed[] {
  const errors = policyErrors(policies)
  if (errors.length > 0) throw new Error(`政策规则有误：\n${errors.join('\n')}`)
  return policies
}
