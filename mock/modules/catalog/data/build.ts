import { department } from './departments'
import { FIELDS, type FieldKey } from './fields'
import type { Place } from './places'
import type { HandItem, Use } from './schema'
import type { ItemSeed, MaterialUse } from './types'

export type { Use } from './schema'
export type { Category } from './categories'

export type Step = ItemSeed['steps'][number]

/**
 * An item before codes.ts numbers it: `main` is its 主项 and `sub` its 子项, so 不动产转移登记
 * and 不动产抵押权登记 share a 主项 number and differ in the 子项 digits.
 */
export type Draft = Omit<ItemSeed, 'code'> & { main: string; sub: string }

export const COMPLAINT =
  '12345政务服务便民热线（24小时）；青山区政务服务中心一楼“办不成事”反映窗口；也可在本小程序“投诉建议”中提交，5个工作日内答复'

export const toUse = (u: Use): MaterialUse => (typeof u === 'string' ? { ref: u } : { ...u })

export const fieldsOf = (keys: readonly FieldKey[]): ItemSeed['fields'] =>
  keys.map((key) => ({ key, label: FIELDS[key] }))

/** One entry per point (the DB keys places by point): windows of the same point are joined. */
export function mergePlaces(places: readonly Place[]): Place[] {
  const byPoint = new Map<string, string[]>()
  for (const { pointId, window } of places) {
    const windows = byPoint.get(pointId) ?? []
    if (!windows.includes(window)) windows.push(window)
    byPoint.set(pointId, windows)
  }
  return [...byPoint].map(([pointId, windows]) => ({ pointId, window: windows.join('；') }))
}

/** A hand-written item of items/*.json as a draft: the department's name and phone filled in. */
export function handDraft(spec: HandItem): Draft {
  const dept = department(spec.dept)
  return {
    id: spec.id,
    name: spec.name,
    main: spec.main ?? spec.name,
    sub: spec.sub ?? spec.name,
    type: spec.type ?? (spec.category === '公共服务' ? 'public_service' : 'application'),
    category: spec.category,
    department: dept.name,
    audiences: spec.audiences,
    scenes: spec.scenes,
    scopes: spec.scopes,
    keywords: spec.keywords,
    conditions: spec.conditions,
    materials: spec.materials.map(toUse),
    steps: spec.steps,
    legalDays: spec.legalDays,
    promisedDays: spec.promisedDays,
    sample: false,
    fee: spec.fee ?? '不收费',
    visits: spec.visits,
    online: spec.online,
    basis: spec.basis,
    faqs: spec.faqs,
    places: mergePlaces(spec.places),
    consultPhone: dept.phone,
    complaint: COMPLAINT,
    fields: fieldsOf(spec.fields),
    popularity: spec.popularity,
  }
}
