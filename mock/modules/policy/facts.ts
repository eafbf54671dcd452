import {
  beijingDate,
  NO_QUALIFICATION,
  sectionOf,
  type EnterpriseProfileForm,
  type EnterpriseSize,
} from '../../../src/services/contract'
import type { FactKey, Facts } from './types'
import { classifySize } from './size'

interface FactMeta {
  label: string
  unit: string
  /** Integer facts: "more than 5" means 6. */
  integer?: true
  /** Which way an enterprise can reasonably move the fact; absent = not something to suggest. */
  adjustable?: 'up' | 'down'
}

export const FACT_META: Record<FactKey, FactMeta> = {
  staff: { label: '从业人数', unit: '人', integer: true, adjustable: 'up' },
  revenue: { label: '上年度营业收入', unit: '万元', adjustable: 'up' },
  capital: { label: '注册资本', unit: '万元', adjustable: 'up' },
  ageMonths: { label: '成立时间', unit: '个月', integer: true },
  graduates: { label: '新招用高校毕业生', unit: '人', integer: true, adjustable: 'up' },
  veterans: { label: '招用退役军人', unit: '人', integer: true, adjustable: 'up' },
  hardToEmploy: { label: '招用就业困难人员', unit: '人', integer: true, adjustable: 'up' },
  layoffRate: { label: '上年度裁员率', unit: '%', adjustable: 'down' },
  rdRatio: { label: '研发费用占营业收入比例', unit: '%', adjustable: 'up' },
  section: { label: '行业门类', unit: '' },
  division: { label: '行业大类', unit: '' },
  size: { label: '企业规模', unit: '' },
  street: { label: '所在街道（镇）', unit: '' },
  taxCredit: { label: '纳税信用等级', unit: '' },
  qualifications: { label: '企业资质', unit: '' },
  insurancePaid: { label: '按时足额缴纳失业保险', unit: '' },
}

const number = (v: string): number | undefined => (v.trim() === '' ? undefined : Number(v))

/** Whole months from the founding date to `today` (both YYYY-MM-DD, Asia/Shanghai). */
export function monthsBetween(from: string, today: string): number {
  const [y1, m1, d1] = from.split('-').map(Number) as [number, number, number]
  const [y2, m2, d2] = today.split('-').map(Number) as [number, number, number]
  return Math.max(0, (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0))
}

export function profileFacts(form: EnterpriseProfileForm, now: Date): Facts {
  const facts: Facts = {}
  const section = sectionOf(form.industryDivision)
  if (section !== undefined) {
    facts.section = section
    facts.division = form.industryDivision
  }
  const numbers = {
    staff: number(form.staff),
    revenue: number(form.revenue),
    capital: number(form.capital),
    graduates: number(form.graduates),
    veterans: number(form.veterans),
    hardToEmploy: number(form.hardToEmploy),
    layoffRate: number(form.layoffRate),
    rdRatio: number(form.rdRatio),
  }
  for (const [key, value] of Object.entries(numbers) as [
    keyof typeof numbers,
    number | undefined,
  ][]) {
    if (value !== undefined) facts[key] = value
  }
  if (form.foundedOn !== '') facts.ageMonths = monthsBetween(form.foundedOn, beijingDate(now))
  if (form.street !== '') facts.street = form.street
  if (form.taxCredit !== '') facts.taxCredit = form.taxCredit
  if (form.qualifications !== '') {
    facts.qualifications =
      form.qualifications === NO_QUALIFICATION ? [] : form.qualifications.split(',')
  }
  if (form.insurancePaid !== '') facts.insurancePaid = form.insurancePaid === 'yes'
  const size: EnterpriseSize | undefined = classifySize(facts)
  if (size !== undefined) facts.size = size
  return facts
}

/**
 * `profileFacts` kept per profile object and day: the stored profiles are parsed once per text
 * (one object each), and their facts are read on every policy answer. Shared: never change them.
 */
export function factsPerProfile() {
  const known = new WeakMap<EnterpriseProfileForm, { today: string; facts: Facts }>()
  return (form: EnterpriseProfileForm, now: Date): Facts => {
    const today = beijingDate(now)
    const kept = known.get(form)
    if (kept?.today === today) return kept.facts
    const facts = profileFacts(form, now)
    known.set(form, { today, facts })
    return facts
  }
}
