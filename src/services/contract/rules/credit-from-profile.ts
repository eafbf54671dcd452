import type { EnterpriseProfileForm } from '../schemas/policy'
import type { CreditRequest } from '../schemas/finance'
import { beijingDate } from '../calendar/days'

export type CreditYears = CreditRequest['years']

export const CREDIT_YEARS_TEXT: Record<CreditYears, string> = {
  lt1: '不满1年',
  '1to3': '1至3年',
  '3to5': '3至5年',
  gt5: '5年以上',
}

/** Whole years from the founding day to `today` (both `YYYY-MM-DD`): 2021-06-18 → 2026-06-17 is 4. */
export function fullYearsSince(foundedOn: string, today: string): number {
  const [fy, fmd] = [Number(foundedOn.slice(0, 4)), foundedOn.slice(5)]
  const [ty, tmd] = [Number(today.slice(0, 4)), today.slice(5)]
  return ty - fy - (tmd < fmd ? 1 : 0)
}

/** 成立年限 as the founding date says it; null while the date is unknown. */
export function yearsBandOf(foundedOn: string, now: Date): CreditYears | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(foundedOn)) return null
  const years = fullYearsSince(foundedOn, beijingDate(now))
  if (years < 1) return 'lt1'
  if (years < 3) return '1to3'
  if (years < 5) return '3to5'
  return 'gt5'
}

function revenueBand(revenue: string): CreditRequest['revenue'] | undefined {
  if (revenue === '') return undefined
  const wan = Number(revenue)
  if (wan < 100) return 'lt100'
  if (wan < 500) return '100to500'
  if (wan < 2000) return '500to2000'
  return 'gt2000'
}

function qualificationOf(codes: string): CreditRequest['qualification'] | undefined {
  if (codes === '') return undefined
  const held = codes.split(',')
  if (held.includes('hitech')) return 'high_tech'
  if (held.includes('srdi') || held.includes('little_giant')) return 'specialized'
  return 'none'
}

/**
 * 信用自评 answers the 企业画像 already gives: 成立年限 from the founding date, 营业收入 band,
 * 纳税信用等级 and 资质. Unknown ones are left out, to be asked.
 */
export function creditAnswersFromProfile(
  profile: EnterpriseProfileForm,
  now: Date,
): Partial<Record<keyof CreditRequest, string>> {
  const answers: Partial<Record<keyof CreditRequest, string>> = {
    years: yearsBandOf(profile.foundedOn, now) ?? undefined,
    revenue: revenueBand(profile.revenue),
    taxRating: profile.taxCredit === '' ? undefined : profile.taxCredit,
    qualification: qualificationOf(profile.qualifications),
  }
  return Object.fromEntries(Object.entries(answers).filter(([, v]) => v !== undefined))
}
