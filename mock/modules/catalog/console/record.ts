import type { Audience } from '../../../../src/services/contract'

/** 立改废: 在用 (新增/变更 included) or 废止 from `retiredOn`. */
export type GuideStatus = '在用' | '废止'

/**
 * One 办事指南 as the 实施清单 and the console's form say it: the elements a district edits.
 * Everything else about an item (keywords, scenes, FAQs, form fields, popularity) is kept.
 */
export interface GuideRecord {
  code: string
  name: string
  /** 事项类型: 行政许可 … 公共服务 (codes.ts TYPE_CODES). */
  category: string
  /** 实施主体 (departments.json name). */
  department: string
  audiences: Audience[]
  basis: string[]
  conditions: string[]
  /** Material library ids, in order, with whether each must be brought. */
  materials: { ref: string; required: boolean }[]
  steps: { title: string; detail: string }[]
  legalDays: number | null
  promisedDays: number
  fee: string
  places: { pointId: string; window: string }[]
  consultPhone: string
  complaint: string
  /** The 废止 effective date (YYYY-MM-DD), null while in use. */
  retiredOn: string | null
  /** Generated 示例 item not yet confirmed by the district's own 实施清单. */
  sample: boolean
}

/** Names the sheet uses for ids: the material library and the service points. */
export interface Vocabulary {
  materialName: ReadonlyMap<string, string>
  materialByName: ReadonlyMap<string, string>
  pointName: ReadonlyMap<string, string>
  pointByName: ReadonlyMap<string, string>
}

export function vocabulary(
  materials: readonly { id: string; name: string }[],
  points: readonly { id: string; name: string }[],
): Vocabulary {
  return {
    materialName: new Map(materials.map((m) => [m.id, m.name])),
    materialByName: new Map(materials.map((m) => [m.name, m.id])),
    pointName: new Map(points.map((p) => [p.id, p.name])),
    pointByName: new Map(points.map((p) => [p.name, p.id])),
  }
}
