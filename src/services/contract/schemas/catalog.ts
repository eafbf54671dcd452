import * as z from 'zod/mini'
import { clean } from '../zod'

/** 依申请 / 公共服务 / 依职权, as the 事项清单 counts them. */
export const ItemType = z.enum(['application', 'public_service', 'ex_officio'])
export type ItemType = z.infer<typeof ItemType>

/** 个人 / 法人. */
export const Audience = z.enum(['personal', 'enterprise'])
export type Audience = z.infer<typeof Audience>

/** 全市通办 / 全区通办 / 呼包鄂乌通办 / 呼包通办. */
export const Scope = z.enum(['city', 'region', 'hbew', 'hb'])
export type Scope = z.infer<typeof Scope>

export const ItemSummary = z.object({
  id: z.string(),
  /** 实施编码 */
  code: z.string(),
  name: z.string(),
  type: ItemType,
  /** 行政许可, 行政确认, 行政给付, 公共服务 … */
  category: z.string(),
  department: z.string(),
  audiences: z.array(Audience),
  scenes: z.array(z.string()),
  scopes: z.array(Scope),
  /** 承诺时限 in working days; 0 = 即办. */
  promisedDays: z.number(),
  /** 到现场次数 */
  visits: z.number(),
  /** 全程网办 */
  online: z.boolean(),
  /** Generated sample, not yet in the district's own 实施清单: the app marks it 示例. */
  sample: z.boolean(),
  /** 废止 effective date (YYYY-MM-DD): lists never show it from then; favourites say 已废止. */
  retiredOn: z.optional(z.string()),
})
export type ItemSummary = z.infer<typeof ItemSummary>

export const MaterialForm = z.enum(['原件', '复印件', '原件和复印件', '电子材料'])
export type MaterialForm = z.infer<typeof MaterialForm>

export const Material = z.object({
  id: z.string(),
  name: z.string(),
  form: MaterialForm,
  copies: z.number(),
  required: z.boolean(),
  /** 电子证照可免交 */
  ecertAccepted: z.boolean(),
  /** 样表/样例: what a correct one looks like, in words. */
  sample: z.nullable(z.string()),
  note: z.nullable(z.string()),
})
export type Material = z.infer<typeof Material>

export const GuidePlace = z.object({
  pointId: z.string(),
  name: z.string(),
  address: z.string(),
  /** 窗口 or area inside the point, e.g. “综合受理区 3-8号窗口”. */
  window: z.string(),
})

export const Guide = z.object({
  item: ItemSummary,
  conditions: z.array(z.string()),
  materials: z.array(Material),
  steps: z.array(z.object({ title: z.string(), detail: z.string() })),
  /** 法定时限 in working days; null when the law sets none. */
  legalDays: z.nullable(z.number()),
  fee: z.string(),
  places: z.array(GuidePlace),
  basis: z.array(z.string()),
  faqs: z.array(z.object({ q: z.string(), a: z.string() })),
  consultPhone: z.string(),
  complaint: z.string(),
  bundles: z.array(z.object({ id: z.string(), name: z.string() })),
  favorite: z.boolean(),
  /** The day the guide's content last changed (YYYY-MM-DD): 本指南更新于…. */
  updatedOn: z.optional(z.string()),
})
export type Guide = z.infer<typeof Guide>

const pageNumber = z.optional(
  z.coerce.number().check(z.int('页码必须是整数'), z.gte(1, '页码从1开始')),
)
const pageSize = z.optional(
  z.coerce
    .number()
    .check(z.int('每页条数必须是整数'), z.gte(1, '每页至少1条'), z.lte(50, '每页最多50条')),
)

export const ItemQuery = z.object({
  audience: z.optional(Audience),
  scene: z.optional(z.string().check(z.maxLength(30, '场景名称过长'))),
  department: z.optional(z.string().check(z.maxLength(30, '部门名称过长'))),
  scope: z.optional(Scope),
  type: z.optional(ItemType),
  page: pageNumber,
  pageSize,
})

/** The filters of an item list, without paging. */
export type ItemFilter = Omit<z.output<typeof ItemQuery>, 'page' | 'pageSize'>

export const ItemPage = z.object({
  items: z.array(ItemSummary),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
})
export type ItemPage = z.infer<typeof ItemPage>

export const Facets = z.object({
  scenes: z.array(z.object({ name: z.string(), audience: Audience, count: z.number() })),
  departments: z.array(z.object({ name: z.string(), count: z.number() })),
  types: z.array(z.object({ type: ItemType, count: z.number() })),
  scopes: z.array(z.object({ scope: Scope, count: z.number() })),
})
export type Facets = z.infer<typeof Facets>

export const SearchQuery = z.object({
  q: z
    .string()
    .check(
      clean(),
      z.minLength(1, '请输入要搜索的事项，如“企业开办”或拼音“qykb”'),
      z.maxLength(30, '搜索词不能超过30个字'),
    ),
  audience: z.optional(Audience),
  limit: z.optional(z.coerce.number().check(z.int(), z.gte(1), z.lte(50, '最多返回50条'))),
})

export const MatchKind = z.enum(['name', 'pinyin', 'initials', 'fuzzy'])

export const SearchHit = z.object({
  item: ItemSummary,
  matchedBy: MatchKind,
  /** [start, end) character ranges of `item.name` to highlight. */
  highlight: z.array(z.tuple([z.number(), z.number()])),
  /** What the resident said that matched (社保卡, 丢了); absent from older servers. */
  terms: z.optional(z.array(z.string())),
})
export type SearchHit = z.infer<typeof SearchHit>

export const BundleSummary = z.object({
  id: z.string(),
  name: z.string(),
  scene: z.string(),
  audience: Audience,
  itemCount: z.number(),
  promisedDays: z.number(),
})
export type BundleSummary = z.infer<typeof BundleSummary>

/** A 一件事 the question is about (生孩子 → 新生儿出生一件事), shown before the items. */
export const BundleHit = z.object({
  bundle: BundleSummary,
  terms: z.array(z.string()),
})
export type BundleHit = z.infer<typeof BundleHit>

export const SearchResult = z.object({
  hits: z.array(SearchHit),
  /** 一件事 bundles first when the question is the whole life event; absent from older servers. */
  bundles: z.optional(z.array(BundleHit)),
  /** When nothing matched: popular items of the same audience to offer instead. */
  related: z.array(ItemSummary),
  /** Server time spent matching, for the record. */
  tookMs: z.number(),
})
export type SearchResult = z.infer<typeof SearchResult>

export const Bundle = z.object({
  id: z.string(),
  name: z.string(),
  scene: z.string(),
  audience: Audience,
  description: z.string(),
  items: z.array(ItemSummary),
  /** Shared materials appear once; `forItems` names the member items that need each. */
  materials: z.array(z.object({ material: Material, forItems: z.array(z.string()) })),
  /** The merged form: each shared field asked once. */
  fields: z.array(z.object({ key: z.string(), label: z.string(), forItems: z.array(z.string()) })),
  /** 一件事 承诺时限 when handled together, and the sum when handled one by one. */
  promisedDays: z.number(),
  separateDays: z.number(),
  visits: z.number(),
  separateVisits: z.number(),
})
export type Bundle = z.infer<typeof Bundle>

export const FavoriteList = z.object({ items: z.array(ItemSummary) })
