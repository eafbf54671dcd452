import * as z from 'zod/mini'
import { Audience, ItemType, MaterialForm, Scope } from '../../../../src/services/contract'
import { provenance } from '../../reference-data'
import { APPLICATION_CATEGORIES, EX_OFFICIO_CATEGORIES } from './categories'
import { DEPT_KEYS } from './departments'
import { FIELDS } from './fields'
import { materialIds } from './materials'
import { POINT_IDS } from './places'
import { ALL_SCENES } from './scenes'

/**
 * What the catalog's data files may say. Names of departments, scenes, materials and form fields
 * must be ones their own files define, so a typo fails the seed with the record named.
 */
export const Category = z.enum([...APPLICATION_CATEGORIES, ...EX_OFFICIO_CATEGORIES, '公共服务'])
const Dept = z.enum(DEPT_KEYS)
const SceneName = z.enum(ALL_SCENES)
const MaterialRef = z.string().check(
  z.refine((ref) => materialIds.has(ref), {
    message: '材料库（materials-*.json）中没有这个材料',
  }),
)
export const FieldKey = z.enum(
  Object.keys(FIELDS) as [keyof typeof FIELDS, ...(keyof typeof FIELDS)[]],
)

/** A material an item asks for: its key, or the key with item-specific copies/form/note. */
export const Use = z.union([
  MaterialRef,
  z.object({
    ref: MaterialRef,
    required: z.optional(z.boolean()),
    copies: z.optional(z.number().check(z.int(), z.positive())),
    form: z.optional(MaterialForm),
    note: z.optional(z.string()),
  }),
])
export type Use = z.infer<typeof Use>

const Place = z.object({ pointId: z.enum(POINT_IDS), window: z.string() })
const Days = z.number().check(z.int(), z.nonnegative())

/** A hand-written item (items/*.json): a complete 办事指南 as the department publishes it. */
export const HandItem = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  name: z.string(),
  /** 主项 and 子项 for codes.ts; both default to the name. */
  main: z.optional(z.string()),
  sub: z.optional(z.string()),
  /** Defaults from the category: 公共服务 → public_service, anything else → application. */
  type: z.optional(ItemType),
  category: Category,
  dept: Dept,
  audiences: z.array(Audience).check(z.minLength(1)),
  scenes: z.array(SceneName),
  scopes: z.array(Scope),
  keywords: z.array(z.string()),
  conditions: z.array(z.string()),
  materials: z.array(Use),
  steps: z.array(z.object({ title: z.string(), detail: z.string() })).check(z.minLength(1)),
  legalDays: z.nullable(Days),
  promisedDays: Days,
  /** Defaults to 不收费. */
  fee: z.optional(z.string()),
  visits: Days,
  online: z.boolean(),
  basis: z.array(z.string()).check(z.minLength(1)),
  faqs: z.array(z.object({ q: z.string(), a: z.string() })),
  places: z.array(Place),
  fields: z.array(FieldKey),
  popularity: Days,
})
export type HandItem = z.infer<typeof HandItem>

export const HandItemsFile = z.object({ ...provenance, items: z.array(HandItem) })

/**
 * Vocabulary groups the long-tail generator expands into items (long-tail/*.json). An entry is
 * written in a small notation so a 主项 and its 子项 stay together:
 *   '出版物零售业务许可'            → one item, 主项 = the name
 *   '放射诊疗许可|新申请,校验'       → 放射诊疗许可（新申请）, 放射诊疗许可（校验）
 *   '农民专业合作社~登记|设立,变更' → 农民专业合作社设立登记, 农民专业合作社变更登记
 */
export const EntryGroup = z.object({
  dept: Dept,
  category: Category,
  basis: z.array(z.string()).check(z.minLength(1)),
  audiences: z.array(Audience).check(z.minLength(1)),
  scenes: z.array(SceneName),
  entries: z.array(z.string().check(z.minLength(1))),
  /** Materials beyond the applicant's identity (营业执照 / 身份证 are added by audience). */
  materials: z.optional(z.array(Use)),
  /** [法定, 承诺] working days; defaults per category. */
  days: z.optional(z.tuple([z.nullable(Days), Days])),
  fee: z.optional(z.string()),
  /** Personal public services also handled at the street centres and community stations. */
  nearby: z.optional(z.boolean()),
  keywords: z.optional(z.array(z.string())),
})
export type EntryGroup = z.infer<typeof EntryGroup>

/** 对{subject}{violation}的行政处罚: every violation must make sense for every subject. */
export const PenaltyGroup = z.object({
  dept: Dept,
  /** What 对{subject}的{topic}监督检查 inspects. */
  topic: z.string(),
  basis: z.array(z.string()).check(z.minLength(1)),
  audiences: z.array(Audience).check(z.minLength(1)),
  scenes: z.array(SceneName),
  subjects: z.array(z.string()).check(z.minLength(1)),
  violations: z.array(z.string()).check(z.minLength(1)),
})
export type PenaltyGroup = z.infer<typeof PenaltyGroup>

/** Generated items are 示例: their files must say `sample: true`. */
const generated = { source: provenance.source, sample: z.literal(true) }
export const EntryGroupsFile = z.object({ ...generated, groups: z.array(EntryGroup) })
export const PenaltyGroupsFile = z.object({ ...generated, groups: z.array(PenaltyGroup) })
