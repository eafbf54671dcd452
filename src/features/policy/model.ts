import {
  NO_QUALIFICATION,
  POLICY_LEVELS,
  labelOf,
  type ConditionStatus,
  type MatchStatus,
  type PolicyMatch,
  type PolicySummary,
  type PreReview,
} from '../../services/contract'

/** Each status has a word and a glyph: colour is never the only signal. */
export const MATCH_LABELS: Record<MatchStatus, { text: string; icon: string }> = {
  full: { text: '完全符合', icon: '✓' },
  info: { text: '需补充信息', icon: '?' },
  partial: { text: '部分符合', icon: '◐' },
  none: { text: '不符合', icon: '✗' },
}

export const CONDITION_LABELS: Record<ConditionStatus, { text: string; icon: string }> = {
  met: { text: '已满足', icon: '✓' },
  unmet: { text: '未满足', icon: '✗' },
  unknown: { text: '待补充', icon: '?' },
}

export const OUTCOME_LABELS: Record<PreReview['outcome'], string> = {
  pass: '预审通过',
  fail: '预审未通过',
  need_info: '需补充信息',
}

export const MATCH_ORDER: readonly MatchStatus[] = ['full', 'info', 'partial', 'none']

export function modeLabel(policy: PolicySummary): string {
  return policy.mode === 'auto' ? '免申即享' : '自行申报'
}

export function levelLabel(policy: PolicySummary): string {
  return labelOf(POLICY_LEVELS, policy.level)
}

export function groupByStatus(items: readonly PolicyMatch[]) {
  return MATCH_ORDER.map((status) => ({
    status,
    items: items.filter((item) => item.status === status),
  })).filter((group) => group.items.length > 0)
}

/** "还剩12天" / "今天截止" / "已截止". */
export function daysLeftLabel(daysLeft: number): string {
  if (daysLeft < 0) return '已截止'
  if (daysLeft === 0) return '今天截止'
  return `还剩${daysLeft}天`
}

export function monthOf(date: string): string {
  const [year, month] = date.split('-')
  return `${year}年${Number(month)}月`
}

/** Groups dated entries by month, keeping their order. */
export function groupByMonth<T extends { deadline: string }>(entries: readonly T[]) {
  const groups: { month: string; entries: T[] }[] = []
  for (const entry of entries) {
    const month = monthOf(entry.deadline)
    const last = groups[groups.length - 1]
    if (last?.month === month) last.entries.push(entry)
    else groups.push({ month, entries: [entry] })
  }
  return groups
}

export function qualificationSet(value: string): string[] {
  return value === '' || value === NO_QUALIFICATION ? [] : value.split(',')
}

/** Ticks or unticks one qualification; "none" and the real ones exclude each other. */
export function toggleQualification(value: string, code: string): string {
  if (code === NO_QUALIFICATION) return value === NO_QUALIFICATION ? '' : NO_QUALIFICATION
  const set = qualificationSet(value)
  const next = set.includes(code) ? set.filter((c) => c !== code) : [...set, code]
  return next.join(',')
}
