import {
  ENTERPRISE_SIZES,
  INDUSTRY_SECTIONS,
  QUALIFICATIONS,
  divisionName,
  labelOf,
} from '../../../src/services/contract'
import { FACT_META } from './facts'
import type { FactKey, Facts, Leaf, NumberFact } from './types'

/** 2 → "2", 2.5 → "2.5", 0.1 + 0.2 → "0.3". */
export function formatNumber(n: number): string {
  return String(Math.round(n * 100) / 100)
}

export function qualificationLabel(code: string): string {
  return labelOf(QUALIFICATIONS, code)
}

function valueText(fact: FactKey, facts: Facts): string | undefined {
  const { unit } = FACT_META[fact]
  switch (fact) {
    case 'qualifications': {
      const list = facts.qualifications
      if (list === undefined) return undefined
      return list.length === 0 ? '暂无' : list.map(qualificationLabel).join('、')
    }
    case 'insurancePaid':
      return facts.insurancePaid === undefined ? undefined : facts.insurancePaid ? '是' : '否'
    case 'section':
      return INDUSTRY_SECTIONS.find((s) => s.code === facts.section)?.name
    case 'division':
      return facts.division === undefined ? undefined : divisionName(facts.division)
    case 'size':
      return facts.size === undefined ? undefined : labelOf(ENTERPRISE_SIZES, facts.size)
    case 'street':
      return facts.street
    case 'taxCredit':
      return facts.taxCredit === undefined ? undefined : `${facts.taxCredit}级`
    case 'ageMonths': {
      const months = facts.ageMonths
      if (months === undefined) return undefined
      return months < 12 ? `${months}个月` : `${Math.floor(months / 12)}年${months % 12}个月`
    }
    default: {
      const n = facts[fact]
      return n === undefined ? undefined : `${formatNumber(n)}${unit}`
    }
  }
}

/** "从业人数：8人"; null when the profile does not say. */
export function describeActual(fact: FactKey, facts: Facts): string | null {
  const text = valueText(fact, facts)
  return text === undefined ? null : `${FACT_META[fact].label}：${text}`
}

type Direction = 'up' | 'down' | null

function direction(fact: NumberFact, target: number, actual: number): Direction {
  const { adjustable } = FACT_META[fact]
  if (target > actual && adjustable === 'up') return 'up'
  if (target < actual && adjustable === 'down') return 'down'
  return null
}

function numberSuggestion(fact: NumberFact, target: number, actual: number): string | null {
  const meta = FACT_META[fact]
  const delta = target - actual
  const way = direction(fact, target, actual)
  if (way === 'up') {
    return `${meta.label}再增加${formatNumber(delta)}${meta.unit}即可`
  }
  if (way === 'down') {
    return `${meta.label}再降低${formatNumber(-delta)}${meta.unit}即可（降到${formatNumber(target)}${meta.unit}）`
  }
  return null
}

/** The nearest value that meets a numeric leaf. */
function numberTarget(leaf: Leaf & { fact: NumberFact }, actual: number): number {
  const step = FACT_META[leaf.fact].integer ? 1 : 0.01
  switch (leaf.op) {
    case 'gt':
      return leaf.value + step
    case 'lt':
      return leaf.value - step
    case 'between':
      return actual < leaf.value[0] ? leaf.value[0] : leaf.value[1]
    default:
      return leaf.value
  }
}

/** Whether an unmet leaf has a sensible change; the cheap twin of describeSuggestion. */
export function canSuggest(leaf: Leaf, facts: Facts): boolean {
  switch (leaf.op) {
    case 'hasAll':
    case 'hasAny':
      return true
    case 'is':
      return leaf.fact === 'insurancePaid' && leaf.value
    case 'in':
    case 'notIn':
    case 'hasNone':
      return false
    default: {
      const actual = facts[leaf.fact]
      return (
        actual !== undefined && direction(leaf.fact, numberTarget(leaf, actual), actual) !== null
      )
    }
  }
}

/** The smallest change to the profile that makes an unmet leaf met, or null when none is sensible. */
export function describeSuggestion(leaf: Leaf, facts: Facts): string | null {
  switch (leaf.op) {
    case 'gte':
    case 'lte':
    case 'gt':
    case 'lt':
    case 'between': {
      const actual = facts[leaf.fact]
      if (actual === undefined) return null
      return numberSuggestion(leaf.fact, numberTarget(leaf, actual), actual)
    }
    case 'hasAll': {
      const have = facts[leaf.fact] ?? []
      const lacking = leaf.value.filter((v) => !have.includes(v)).map(qualificationLabel)
      return `取得${lacking.join('、')}认定即可`
    }
    case 'hasAny':
      return `取得${leaf.value.map(qualificationLabel).join('或')}中任一项认定即可`
    case 'is':
      return leaf.fact === 'insurancePaid' && leaf.value ? '按时足额缴纳失业保险即可' : null
    default:
      return null
  }
}
