import type { FieldKey } from './fields'
import type { Audience, ItemType, MaterialForm, Scope } from '../../../../src/services/contract'

/** One entry of the shared material library; items refer to it by id so bundles can merge. */
export interface MaterialSeed {
  id: string
  name: string
  form: MaterialForm
  copies: number
  /** 电子证照可免交: the applicant may reuse the 电子证照 instead of bringing it. */
  ecert: boolean
  sample: string | null
  note: string | null
}

export interface MaterialUse {
  ref: string
  required?: boolean
  copies?: number
  form?: MaterialForm
  note?: string
}

export interface ItemSeed {
  id: string
  /** 实施编码: see codes.ts for the scheme. */
  code: string
  name: string
  type: ItemType
  category: string
  department: string
  audiences: Audience[]
  scenes: string[]
  scopes: Scope[]
  /** Extra words people search with (e.g. 营业执照 for 企业开办). */
  keywords: string[]
  conditions: string[]
  materials: MaterialUse[]
  steps: { title: string; detail: string }[]
  /** Working days; null = the law sets none. */
  legalDays: number | null
  /** Working days; 0 = 即办. */
  promisedDays: number
  /** Generated to fill the article's totals, not taken from the district's 实施清单: shown as 示例. */
  sample: boolean
  fee: string
  visits: number
  online: boolean
  basis: string[]
  faqs: { q: string; a: string }[]
  /** Service point ids (mock/db/service-point-seed.ts) with the window inside each. */
  places: { pointId: string; window: string }[]
  consultPhone: string
  complaint: string
  /** Form fields this item asks for; bundles merge them by key. */
  fields: { key: string; label: string }[]
  /** Popularity weight used to order lists and “related” suggestions (higher = more common). */
  popularity: number
}

export interface BundleSeed {
  id: string
  name: string
  scene: string
  audience: Audience
  description: string
  itemIds: string[]
  /** 一件事 承诺时限 when handled together (working days). */
  promisedDays: number
  visits: number
  /**
   * Fields whose value the bundle itself brings into being (企业开办 issues the 统一社会信用代码
   * and opens the bank account): members ask them when done alone, the bundle never does.
   */
  produces?: FieldKey[]
}
