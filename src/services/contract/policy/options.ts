/** Choices of the enterprise profile; codes travel on the wire, labels are shown. */
export const QUALIFICATIONS = [
  { value: 'hitech', label: '高新技术企业' },
  { value: 'tech_sme', label: '科技型中小企业' },
  { value: 'innovative_sme', label: '创新型中小企业' },
  { value: 'srdi', label: '专精特新中小企业' },
  { value: 'little_giant', label: '专精特新“小巨人”企业' },
  { value: 'tech_center', label: '自治区级以上企业技术中心' },
  { value: 'green_factory', label: '绿色工厂' },
  { value: 'above_scale', label: '规模以上（限额以上）企业' },
] as const
export type Qualification = (typeof QUALIFICATIONS)[number]['value']
/** Answered "none of these" — different from not answered. */
export const NO_QUALIFICATION = 'none'

export const TAX_CREDITS = ['A', 'B', 'M', 'C', 'D'] as const
export type TaxCredit = (typeof TAX_CREDITS)[number]

export const QINGSHAN_STREETS = [
  '先锋道街道',
  '万青路街道',
  '幸福路街道',
  '自由路街道',
  '科学路街道',
  '富强路街道',
  '青山路街道',
  '乌素图街道',
  '青福镇',
] as const

export const YES_NO = ['yes', 'no'] as const

export const ENTERPRISE_SIZES = [
  { value: 'large', label: '大型' },
  { value: 'medium', label: '中型' },
  { value: 'small', label: '小型' },
  { value: 'micro', label: '微型' },
] as const
export type EnterpriseSize = (typeof ENTERPRISE_SIZES)[number]['value']

export const POLICY_LEVELS = [
  { value: 'national', label: '国家' },
  { value: 'region', label: '自治区' },
  { value: 'city', label: '包头市' },
  { value: 'district', label: '青山区' },
] as const
export type PolicyLevel = (typeof POLICY_LEVELS)[number]['value']

export function labelOf<T extends string>(
  options: readonly { value: T; label: string }[],
  value: string,
): string {
  return options.find((o) => o.value === value)?.label ?? value
}
