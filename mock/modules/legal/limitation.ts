import { beijingDate, daysBetween, nextWorkingDay } from '../../../src/services/contract'
import type { Limitation } from '../../../src/services/contract'
import { addYears } from './dates'

export interface PeriodRule {
  name: string
  years: number
  rule: string
  basis: string
}

/** A running period: the deadline from its start date, moved off rest days, and the days left. */
export function runningPeriod(period: PeriodRule, startDate: string, now: Date): Limitation {
  const deadline = nextWorkingDay(addYears(startDate, period.years))
  const daysLeft = daysBetween(beijingDate(now), deadline)
  return {
    kind: 'deadline',
    name: period.name,
    rule: period.rule,
    basis: period.basis,
    startDate,
    deadline,
    daysLeft: Math.max(daysLeft, 0),
    expired: daysLeft < 0,
  }
}

export function noPeriod(
  kind: 'paused' | 'none',
  name: string,
  rule: string,
  basis: string,
): Limitation {
  return {
    kind,
    name,
    rule,
    basis,
    startDate: null,
    deadline: null,
    daysLeft: null,
    expired: false,
  }
}

export const CIVIL_THREE_YEARS: PeriodRule = {
  name: '民事诉讼时效 3 年',
  years: 3,
  rule: '自知道或者应当知道权利受到损害以及义务人之日起计算；向对方催要、起诉或申请调解等会使时效中断并重新计算。',
  basis: '《中华人民共和国民法典》第一百八十八条、第一百九十五条',
}

export const LABOR_ONE_YEAR: PeriodRule = {
  name: '劳动争议仲裁时效 1 年',
  years: 1,
  rule: '自当事人知道或者应当知道其权利被侵害之日起计算；劳动争议须先申请劳动仲裁，对裁决不服再起诉。',
  basis: '《中华人民共和国劳动争议调解仲裁法》第二十七条',
}

export const WAGES_AFTER_LEAVING: PeriodRule = {
  name: '劳动争议仲裁时效 1 年（欠薪）',
  years: 1,
  rule: '拖欠劳动报酬的争议，劳动关系存续期间不受一年限制；劳动关系终止的，自终止之日起一年内申请仲裁。',
  basis: '《中华人民共和国劳动争议调解仲裁法》第二十七条第四款',
}

export const PRODUCT_DEFECT_TWO_YEARS: PeriodRule = {
  name: '产品缺陷损害赔偿时效 2 年',
  years: 2,
  rule: '因产品存在缺陷造成损害要求赔偿的，自知道或者应当知道权益受到损害时起计算。',
  basis: '《中华人民共和国产品质量法》第四十五条',
}
