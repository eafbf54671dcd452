import type { Audience, Bundle, ItemType, Scope } from '../../services/contract'

export const AUDIENCE_LABELS: Record<Audience, string> = {
  personal: '个人办事',
  enterprise: '法人办事',
}
export const TYPE_LABELS: Record<ItemType, string> = {
  application: '依申请事项',
  public_service: '公共服务事项',
  ex_officio: '依职权事项',
}
export const SCOPE_LABELS: Record<Scope, string> = {
  city: '全市通办',
  region: '全区通办',
  hbew: '呼包鄂乌通办',
  hb: '呼包通办',
}

export function daysLabel(days: number): string {
  return days === 0 ? '即办' : `${days}个工作日`
}

/** 承诺时限 with the rule the case clock uses: counted from the day after 受理. */
export function promiseLabel(days: number): string {
  return days === 0 ? '即办（受理当日办结）' : `${days}个工作日（受理次日起算）`
}

/** 法定时限 in plain words: most residents only need the 承诺时限, so this sits at the bottom. */
export function legalDaysText(legalDays: number | null): string {
  return legalDays === null
    ? '法律没有规定办理期限，按上面的承诺时限办结'
    : `法律规定最长 ${daysLabel(legalDays)} 内办结`
}

export function visitsLabel(visits: number): string {
  if (visits === 0) return '零跑动（全程网办）'
  if (visits === 1) return '最多跑一次'
  return `到现场${visits}次`
}

export interface Segment {
  text: string
  hit: boolean
}

/** Splits a name into highlighted and plain runs; overlapping or out-of-range ranges are tolerated. */
export function highlightSegments(
  name: string,
  ranges: readonly (readonly [number, number])[],
): Segment[] {
  const chars = [...name]
  const marked = chars.map((_, i) => ranges.some(([start, end]) => i >= start && i < end))
  const segments: Segment[] = []
  chars.forEach((ch, i) => {
    const last = segments[segments.length - 1]
    if (last && last.hit === marked[i]) last.text += ch
    else segments.push({ text: ch, hit: marked[i] ?? false })
  })
  return segments
}

/** What handling a bundle as one saves, in the numbers the article uses. */
export function bundleSavings(bundle: Bundle) {
  const separateMaterials = bundle.materials.reduce((n, m) => n + m.forItems.length, 0)
  return {
    separateMaterials,
    mergedMaterials: bundle.materials.length,
    materialsSaved: separateMaterials - bundle.materials.length,
    daysSaved: Math.max(0, bundle.separateDays - bundle.promisedDays),
    visitsSaved: Math.max(0, bundle.separateVisits - bundle.visits),
  }
}

/** 个人/法人 default: whoever the user is acting as. */
export function defaultAudience(activeEnterpriseId: string | null | undefined): Audience {
  return activeEnterpriseId ? 'enterprise' : 'personal'
}

/** The parts of a 办事指南 a link can point at (智能导办 cites a guide's field). */
export type GuidePart = 'overview' | 'materials' | 'steps' | 'places'

const PART_OF_FIELD = new Map<string, GuidePart>([
  ['name', 'overview'],
  ['description', 'overview'],
  ['promisedDays', 'overview'],
  ['visits', 'overview'],
  ['online', 'overview'],
  ['fee', 'overview'],
  ['materials', 'materials'],
  ['steps', 'steps'],
  ['places', 'places'],
])

/** The part a `field=` parameter names; anything else (or nothing) points at no part. */
export function guidePartOf(field: string | undefined): GuidePart | null {
  return (field !== undefined && PART_OF_FIELD.get(field)) || null
}
