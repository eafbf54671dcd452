import type { UtilityKind } from '../../services/contract'

export const KIND_CHOICES: readonly { value: UtilityKind; label: string; description: string }[] = [
  { value: 'water', label: '水费', description: '户号10位，见水费缴费通知单' },
  { value: 'power', label: '电费', description: '户号10位，见电费账单或电表箱' },
  { value: 'gas', label: '燃气费', description: '户号8位，见燃气卡或缴费单' },
  { value: 'heating', label: '暖气费', description: '户号9位，见供热缴费通知单' },
]

/** 19895 → ¥198.95 */
export function yuan(cents: number): string {
  return `¥${(cents / 100).toFixed(2)}`
}

/** 2026-01 → 2026年1月; a heating season (2025-2026) reads 2025—2026 采暖季. */
export function periodLabel(period: string): string {
  const month = /^(\d{4})-(\d{2})$/.exec(period)
  if (month) return `${month[1]}年${Number(month[2])}月`
  const season = /^(\d{4})-(\d{4})$/.exec(period)
  return season ? `${season[1]}—${season[2]} 采暖季` : period
}

export function isOverdue(dueDate: string, today: string): boolean {
  return dueDate < today
}
