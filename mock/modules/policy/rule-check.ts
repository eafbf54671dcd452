import {
  divisionName,
  ENTERPRISE_SIZES,
  INDUSTRY_SECTIONS,
  QINGSHAN_STREETS,
  QUALIFICATIONS,
  TAX_CREDITS,
} from '../../../src/services/contract'
import { negate } from './evaluate'
import { FACT_META } from './facts'
import {
  BOOL_FACTS,
  ENUM_FACTS,
  NUMBER_FACTS,
  SET_FACTS,
  type Condition,
  type FactKey,
  type Leaf,
  type NumberFact,
} from './types'

export const OP_LABELS = {
  gte: '≥',
  gt: '>',
  lte: '≤',
  lt: '<',
  between: '介于',
  in: '属于',
  notIn: '不属于',
  hasAll: '具备全部',
  hasAny: '具备任一',
  hasNone: '都不具备',
  is: '是否',
} as const
type Op = keyof typeof OP_LABELS

export type FactKind = 'number' | 'enum' | 'set' | 'bool'
const OPS: Record<FactKind, readonly Op[]> = {
  number: ['gte', 'gt', 'lte', 'lt', 'between'],
  enum: ['in', 'notIn'],
  set: ['hasAll', 'hasAny', 'hasNone'],
  bool: ['is'],
}

export function kindOf(fact: FactKey): FactKind {
  if ((NUMBER_FACTS as readonly string[]).includes(fact)) return 'number'
  if ((ENUM_FACTS as readonly string[]).includes(fact)) return 'enum'
  if ((SET_FACTS as readonly string[]).includes(fact)) return 'set'
  return 'bool'
}

export const opsOf = (fact: FactKey): readonly Op[] => OPS[kindOf(fact)]

const DIVISIONS = Array.from({ length: 99 }, (_, i) => String(i + 1).padStart(2, '0')).filter(
  (code) => divisionName(code) !== undefined,
)

/** The values an enum or set fact may take, with the words the console shows. */
export const FACT_OPTIONS: Partial<Record<FactKey, readonly { value: string; label: string }[]>> = {
  section: INDUSTRY_SECTIONS.map((s) => ({ value: s.code, label: `${s.code} ${s.name}` })),
  division: DIVISIONS.map((code) => ({ value: code, label: `${code} ${divisionName(code)}` })),
  size: ENTERPRISE_SIZES,
  street: QINGSHAN_STREETS.map((s) => ({ value: s, label: s })),
  taxCredit: TAX_CREDITS.map((c) => ({ value: c, label: `${c}级` })),
  qualifications: QUALIFICATIONS,
}

const PERCENT_FACTS: readonly NumberFact[] = ['layoffRate', 'rdRatio']
const ALL_FACTS: readonly string[] = [...NUMBER_FACTS, ...ENUM_FACTS, ...SET_FACTS, ...BOOL_FACTS]

/** Limits that keep a hostile condition from costing the server: real policies stay far below. */
const MAX_DEPTH = 4
const MAX_LEAVES = 40
const MAX_VALUES = 100
const MAX_CLAUSE = 200

type Path = readonly number[]
const where = (path: Path) =>
  path.length === 0 ? '条件' : `条件 ${path.map((i) => i + 1).join('.')}`
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v)

interface Budget {
  leaves: number
}

function clauseOf(value: unknown, at: string, required: boolean, errors: string[]): string {
  if (value === undefined && !required) return ''
  if (typeof value !== 'string' || value.trim() === '') {
    errors.push(`${at}：请填写该条件在政策文件中的原文（如“成立不满2年”）`)
    return ''
  }
  if (value.length > MAX_CLAUSE) errors.push(`${at}：条款原文不能超过${MAX_CLAUSE}个字`)
  return value.trim()
}

function numberErrors(fact: NumberFact, value: number, at: string): string[] {
  const { label, integer } = FACT_META[fact]
  if (value < 0) return [`${at}：“${label}”不能是负数`]
  if (PERCENT_FACTS.includes(fact) && value > 100)
    return [`${at}：“${label}”是百分比，应在0到100之间`]
  if (integer && !Number.isInteger(value)) return [`${at}：“${label}”应为整数`]
  return []
}

function valueErrors(fact: FactKey, op: Op, value: unknown, at: string): string[] {
  const { label } = FACT_META[fact]
  const kind = kindOf(fact)
  if (kind === 'number') {
    if (op === 'between') {
      if (!Array.isArray(value) || value.length !== 2 || !value.every(isNumber))
        return [`${at}：“${label}”介于的取值应为两个数字（下限和上限）`]
      const [low, high] = value as [number, number]
      if (low > high) return [`${at}：“${label}”的下限${low}高于上限${high}，没有企业能满足`]
      return [
        ...numberErrors(fact as NumberFact, low, at),
        ...numberErrors(fact as NumberFact, high, at),
      ]
    }
    if (!isNumber(value)) return [`${at}：“${label}”的取值应为数字`]
    return numberErrors(fact as NumberFact, value, at)
  }
  if (kind === 'bool') {
    return typeof value === 'boolean' ? [] : [`${at}：“${label}”的取值应为“是”或“否”`]
  }
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string'))
    return [`${at}：“${label}”的取值应为一组选项`]
  if (value.length === 0) return [`${at}：请为“${label}”至少选择一个取值`]
  if (value.length > MAX_VALUES) return [`${at}：“${label}”的取值不能超过${MAX_VALUES}个`]
  const allowed = (FACT_OPTIONS[fact] ?? []).map((o) => o.value)
  const unknown = (value as string[]).filter((v) => !allowed.includes(v))
  if (unknown.length > 0)
    return [`${at}：“${unknown.slice(0, 3).join('、').slice(0, 60)}”不是“${label}”的可选值`]
  if (new Set(value).size !== value.length) return [`${at}：“${label}”的取值有重复`]
  return []
}

function leafOf(node: Record<string, unknown>, at: string, errors: string[]): Leaf | undefined {
  const { fact, op, value } = node
  if (typeof fact !== 'string' || !ALL_FACTS.includes(fact)) {
    const shown = typeof fact === 'string' ? `“${fact.slice(0, 40)}”` : ''
    errors.push(`${at}：未知的企业信息${shown}，请从列表中选择`)
    return undefined
  }
  const key = fact as FactKey
  const { label } = FACT_META[key]
  if (typeof op !== 'string' || !opsOf(key).includes(op as Op)) {
    const allowed = opsOf(key)
      .map((o) => OP_LABELS[o])
      .join('、')
    errors.push(`${at}：“${label}”只能用以下运算：${allowed}`)
    return undefined
  }
  const clause = clauseOf(node.clause, at, true, errors)
  const problems = valueErrors(key, op as Op, value, at)
  errors.push(...problems)
  if (problems.length > 0 || clause === '') return undefined
  const copied = Array.isArray(value) ? [...(value as unknown[])] : value
  return { fact: key, op, value: copied, clause } as Leaf
}

/** [low, high] a numeric leaf allows, each bound inclusive or not. */
interface Bounds {
  low: number
  lowOpen: boolean
  high: number
  highOpen: boolean
}

function boundsOf(leaf: Leaf): Bounds | undefined {
  const open = { low: -Infinity, lowOpen: false, high: Infinity, highOpen: false }
  switch (leaf.op) {
    case 'gte':
      return { ...open, low: leaf.value }
    case 'gt':
      return { ...open, low: leaf.value, lowOpen: true }
    case 'lte':
      return { ...open, high: leaf.value }
    case 'lt':
      return { ...open, high: leaf.value, highOpen: true }
    case 'between':
      return { ...open, low: leaf.value[0], high: leaf.value[1] }
    default:
      return undefined
  }
}

function intersect(a: Bounds, b: Bounds): Bounds {
  const low = Math.max(a.low, b.low)
  const high = Math.min(a.high, b.high)
  return {
    low,
    lowOpen: (a.low === low && a.lowOpen) || (b.low === low && b.lowOpen),
    high,
    highOpen: (a.high === high && a.highOpen) || (b.high === high && b.highOpen),
  }
}

const isEmpty = (b: Bounds) => b.low > b.high || (b.low === b.high && (b.lowOpen || b.highOpen))

/** Leaves of one `all` group that no enterprise can meet together: bounds or choices that do not overlap. */
export function contradictions(children: readonly Condition[], at: string): string[] {
  const leaves = children.filter((c): c is Leaf => 'fact' in c)
  const errors: string[] = []
  for (const fact of new Set(leaves.map((l) => l.fact))) {
    const same = leaves.filter((l) => l.fact === fact)
    const { label } = FACT_META[fact]
    const bounds = same.map(boundsOf).filter((b): b is Bounds => b !== undefined)
    if (bounds.length > 1 && isEmpty(bounds.reduce(intersect))) {
      const words = same.map((l) => `“${l.clause}”`).join('与')
      errors.push(`${at}：${words}对“${label}”的要求互相矛盾，没有企业能同时满足`)
    }
    const chosen = same.filter((l) => l.op === 'in').map((l) => l.value as readonly string[])
    const excluded = same.filter((l) => l.op === 'notIn').flatMap((l) => l.value as string[])
    if (chosen.length > 0) {
      const left = chosen
        .reduce((a, b) => a.filter((v) => b.includes(v)))
        .filter((v) => !excluded.includes(v))
      if (left.length === 0)
        errors.push(`${at}：对“${label}”的取值要求互相矛盾，没有企业能同时满足`)
    }
  }
  return errors
}

function check(node: unknown, path: Path, budget: Budget, errors: string[]): Condition | undefined {
  const at = where(path)
  if (path.length > MAX_DEPTH) {
    errors.push(`${at}：条件组嵌套不能超过${MAX_DEPTH}层，请简化`)
    return undefined
  }
  if (!isRecord(node)) {
    errors.push(`${at}：应为一条条件或一个条件组`)
    return undefined
  }
  for (const kind of ['all', 'any'] as const) {
    if (!(kind in node)) continue
    const list = node[kind]
    const clause = clauseOf(node.clause, at, false, errors)
    if (!Array.isArray(list)) {
      errors.push(`${at}：条件组的格式不正确`)
      return undefined
    }
    if (list.length === 0) {
      errors.push(`${at}：条件组是空的，请至少添加一条条件或删除该组`)
      return undefined
    }
    const children = list.map((child, i) => check(child, [...path, i], budget, errors))
    if (!children.every((c): c is Condition => c !== undefined)) return undefined
    if (kind === 'all') errors.push(...contradictions(children, at))
    const group = kind === 'all' ? { all: children } : { any: children }
    return clause === '' ? group : { ...group, clause }
  }
  budget.leaves += 1
  if (budget.leaves > MAX_LEAVES) {
    if (budget.leaves === MAX_LEAVES + 1) errors.push(`条件不能超过${MAX_LEAVES}条，请简化`)
    return undefined
  }
  if ('not' in node) {
    const clause = clauseOf(node.clause, at, true, errors)
    if (!isRecord(node.not) || !('fact' in node.not)) {
      errors.push(`${at}：“不满足”只能作用于单条条件`)
      return undefined
    }
    const leaf = leafOf(node.not, at, errors)
    if (!leaf || clause === '') return undefined
    if (!negate(leaf, clause)) {
      errors.push(`${at}：“${OP_LABELS[leaf.op]}”不能取反，请改用相反的运算`)
      return undefined
    }
    return { not: leaf, clause }
  }
  return leafOf(node, at, errors)
}

/** A condition from the console, checked rule by rule and rebuilt from the known keys only. */
export function checkCondition(
  input: unknown,
): { ok: true; condition: Condition } | { ok: false; errors: string[] } {
  const errors: string[] = []
  const condition = check(input, [], { leaves: 0 }, errors)
  if (condition && errors.length === 0) return { ok: true, condition }
  return { ok: false, errors: errors.length > 0 ? errors : ['条件的格式不正确'] }
}
