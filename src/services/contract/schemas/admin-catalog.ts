import * as z from 'zod/mini'
import { clean } from '../zod'

/** 在用, 示例 (generated, not yet in the district's 实施清单), 待废止 (a future date), 已废止. */
export const ConsoleItemStatus = z.enum(['在用', '示例', '待废止', '已废止'])
export type ConsoleItemStatus = z.infer<typeof ConsoleItemStatus>

export const ConsoleItemRow = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  category: z.string(),
  department: z.string(),
  status: ConsoleItemStatus,
  retiredOn: z.nullable(z.string()),
  /** The day the guide's content last changed. */
  updatedOn: z.nullable(z.string()),
})
export type ConsoleItemRow = z.infer<typeof ConsoleItemRow>

export const ConsoleItemQuery = z.object({
  q: z.optional(z.string().check(clean(), z.maxLength(50, '搜索词最多50个字'))),
  status: z.optional(ConsoleItemStatus),
  page: z.optional(z.coerce.number().check(z.int('页码必须是整数'), z.gte(1, '页码从1开始'))),
  pageSize: z.optional(
    z.coerce.number().check(z.int('每页条数必须是整数'), z.gte(1), z.lte(100, '每页最多100条')),
  ),
})

export const ConsoleItemPage = z.object({
  items: z.array(ConsoleItemRow),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
})
export type ConsoleItemPage = z.infer<typeof ConsoleItemPage>

/** A guide as the 实施清单 writes it: one text per column (lists one entry per line). */
const Cells = z.record(z.string(), z.string().check(z.maxLength(4000, '单项内容最多4000个字')))

export const ConsoleGuide = z.object({
  item: ConsoleItemRow,
  cells: Cells,
  /** The columns in sheet order, for the form. */
  columns: z.array(z.string()),
})
export type ConsoleGuide = z.infer<typeof ConsoleGuide>

export const ConsoleGuideEdit = z.object({ cells: Cells })

export const ConsoleRetire = z.object({
  effectiveOn: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, '生效日期格式应为 2026-12-31')),
})

export const ImportFieldChange = z.object({
  column: z.string(),
  before: z.string(),
  after: z.string(),
})

export const ImportChange = z.object({
  kind: z.enum(['new', 'changed', 'retired']),
  code: z.string(),
  name: z.string(),
  fields: z.array(ImportFieldChange),
})
export type ImportChange = z.infer<typeof ImportChange>

/** What an uploaded 实施清单 would change; nothing is written until it is applied by `id`. */
export const ImportPreview = z.object({
  id: z.string(),
  fileName: z.string(),
  createdAt: z.string(),
  appliedAt: z.nullable(z.string()),
  counts: z.object({
    rows: z.number(),
    new: z.number(),
    changed: z.number(),
    retired: z.number(),
    unchanged: z.number(),
  }),
  changes: z.array(ImportChange),
})
export type ImportPreview = z.infer<typeof ImportPreview>

export const ImportApplied = z.object({
  snapshotId: z.string(),
  new: z.number(),
  changed: z.number(),
  retired: z.number(),
})

/** A previous version: what one apply replaced, restorable once. */
export const CatalogSnapshot = z.object({
  id: z.string(),
  fileName: z.string(),
  createdAt: z.string(),
  restoredAt: z.nullable(z.string()),
  items: z.number(),
})
export const CatalogSnapshotList = z.object({ items: z.array(CatalogSnapshot) })

export const CatalogRestored = z.object({ items: z.number() })

export const ConsoleBundle = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  items: z.array(
    z.object({ id: z.string(), code: z.string(), name: z.string(), retired: z.boolean() }),
  ),
  promisedDays: z.number(),
  visits: z.number(),
  /** The members' own 承诺时限 and 跑动次数 added up: what the bundle saves. */
  separateDays: z.number(),
  separateVisits: z.number(),
})
export type ConsoleBundle = z.infer<typeof ConsoleBundle>
export const ConsoleBundleList = z.object({ items: z.array(ConsoleBundle) })

export const ConsoleBundleEdit = z.object({
  name: z
    .string()
    .check(
      clean(),
      z.minLength(2, '请填写一件事名称（至少2个字）'),
      z.maxLength(40, '名称最多40个字'),
    ),
  description: z
    .string()
    .check(clean(), z.minLength(4, '请填写一句话说明'), z.maxLength(300, '说明最多300个字')),
  itemIds: z
    .array(z.string().check(z.maxLength(80)))
    .check(z.minLength(2, '一件事至少包含2个事项'), z.maxLength(20, '一件事最多包含20个事项')),
  promisedDays: z
    .number()
    .check(
      z.int('承诺时限应为整数'),
      z.gte(0, '承诺时限不能为负'),
      z.lte(365, '承诺时限最多365个工作日'),
    ),
  visits: z
    .number()
    .check(z.int('跑动次数应为整数'), z.gte(0, '跑动次数不能为负'), z.lte(10, '跑动次数最多10次')),
})
