import type {
  GuideSection,
  GuideSentence,
  GuideSource,
  GuideSourceField,
} from '../../../src/services/contract'

export interface Named {
  kind: 'item' | 'bundle'
  id: string
  name: string
}

export const from = (of: Named, field: GuideSourceField): GuideSource => ({ ...of, field })

export const said = (
  section: GuideSection,
  text: string,
  ...sources: GuideSource[]
): GuideSentence => ({ section, text, sources, generated: false })

export const daysText = (days: number) => (days === 0 ? '即办' : `${days}个工作日`)
export const visitsText = (visits: number) =>
  visits === 0 ? '不用跑（全程网办）' : `跑动${visits}次`

export const distanceText = (meters: number) =>
  meters < 1000 ? `${meters}米` : `${(meters / 1000).toFixed(1)}公里`

export function copiesText(form: string, copies: number): string {
  return form === '电子材料' ? form : `${form}${copies > 0 ? `${copies}份` : ''}`
}
