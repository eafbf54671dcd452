import { beijingDate, parseDate } from '../calendar/days'
import type { RuleResult } from './rule-result'

/**
 * Form fields whose answer is one of a fixed list: they are asked as choices, and the server
 * accepts nothing else (a typed 有线公司 is not a 主体类型).
 */
export const FIELD_CHOICES: Readonly<Record<string, readonly string[]>> = {
  gender: ['男', '女'],
  enterpriseType: [
    '有限责任公司（自然人独资）',
    '有限责任公司（自然人投资或控股）',
    '股份有限公司',
    '个人独资企业',
    '合伙企业',
    '农民专业合作社',
  ],
  taxpayerType: ['小规模纳税人', '一般纳税人'],
  invoiceType: ['数电普通发票', '数电增值税专用发票', '普通发票和专用发票都需要'],
  accountingSystem: ['小企业会计准则', '企业会计准则', '民间非营利组织会计制度'],
  propertyUse: ['住宅', '商业', '办公', '工业', '其他'],
  practiceCategory: ['临床', '中医', '口腔', '公共卫生'],
  disabilityType: [
    '视力残疾',
    '听力残疾',
    '言语残疾',
    '肢体残疾',
    '智力残疾',
    '精神残疾',
    '多重残疾',
  ],
  telecomOperator: ['中国电信', '中国移动', '中国联通', '中国广电'],
}

/** Dates that have already happened: a birth, a dismissal, an accident. */
const PAST_DATES: ReadonlySet<string> = new Set([
  'birthDate',
  'unemploymentDate',
  'injuryDate',
  'eventDate',
])
/** Dates asked with a date picker; the rest may lie ahead (a planned retirement). */
const DATE_FIELDS: ReadonlySet<string> = new Set([
  ...PAST_DATES,
  'employmentDate',
  'retirementDate',
])

export const choicesOf = (key: string): readonly string[] | undefined => FIELD_CHOICES[key]
export const isDateField = (key: string): boolean => DATE_FIELDS.has(key)
export const isPastDateField = (key: string): boolean => PAST_DATES.has(key)

/** `YYYY-MM-DD` in Beijing time: the day a date picker shows as today. */
function isCalendarDay(value: string): boolean {
  const date = parseDate(value)
  return date !== null && date.y >= 1900
}

export function checkChoice(key: string, value: string): RuleResult {
  const choices = choicesOf(key) ?? []
  return choices.includes(value) ? { ok: true } : { ok: false, reason: '请从列表中选择一项' }
}

export function checkDateField(key: string, value: string, today: Date): RuleResult {
  if (!isCalendarDay(value)) return { ok: false, reason: '请用日期选择器选择日期' }
  if (PAST_DATES.has(key) && value > beijingDate(today)) {
    return { ok: false, reason: '这个日期还没有到，请核对后重新选择' }
  }
  return { ok: true }
}
