import * as z from 'zod/mini'
import { clean, text } from '../zod'
import { PointKind, ServicePoint } from './points'

/** `HH:MM` on a 24-hour clock. */
const ClockTime = z
  .string()
  .check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间请写成“时:分”，如 09:00、13:30'))

export const PointHoursDay = z.object({
  weekday: z.number().check(z.int(), z.gte(1, '星期应为1到7'), z.lte(7, '星期应为1到7')),
  spans: z
    .array(z.object({ open: ClockTime, close: ClockTime }))
    .check(z.maxLength(4, '每天最多4个开放时段')),
})

/** What the console may change of a point: everything but its id and kind. */
export const PointEdit = z.object({
  name: text('网点名称', 40),
  street: text('所属街道', 20),
  address: text('地址', 100),
  phone: z
    .string()
    .check(z.regex(/^\d{3,4}-?\d{7,8}$|^1\d{10}$/, '电话请填写座机（如 0472-5112345）或手机号')),
  latitude: z.number().check(z.gte(-90, '纬度超出范围'), z.lte(90, '纬度超出范围')),
  longitude: z.number().check(z.gte(-180, '经度超出范围'), z.lte(180, '经度超出范围')),
  hours: z.array(PointHoursDay).check(z.maxLength(7, '每个星期几只能填一次')),
  features: z.array(text('服务特色', 30)).check(z.maxLength(12, '服务特色最多12项')),
})
export type PointEdit = z.infer<typeof PointEdit>

/** A new point: the edit's fields and its kind (its id is generated). */
export const PointCreate = z.extend(PointEdit, {
  kind: z.enum(PointKind.options, '网点类型请选择：政务服务中心、街道、社区、银行或商场网点'),
})
export type PointCreate = z.infer<typeof PointCreate>

export const AdminPoint = z.extend(ServicePoint, {
  /** When an administrator last saved it; null while it is the seed's. */
  editedAt: z.nullable(z.string()),
  itemCount: z.number(),
})
export type AdminPoint = z.infer<typeof AdminPoint>

export const AdminPointList = z.object({ items: z.array(AdminPoint) })
export type AdminPointList = z.infer<typeof AdminPointList>

/** An item the point handles and the window it is handled at. */
export const PointItem = z.object({ itemId: z.string(), name: z.string(), window: z.string() })
export type PointItem = z.infer<typeof PointItem>

/** The items a point handles come a page at a time: the 政务服务中心 handles over 1,500. */
export const POINT_ITEMS_PAGE = 20

/** A page of the point's items, optionally those whose name, id or window contains `q`. */
export const PointItemsQuery = z.object({
  q: z.optional(z.string().check(clean(), z.maxLength(50, '搜索词最多50个字'))),
  page: z.optional(z.coerce.number().check(z.int(), z.gte(1), z.lte(1000))),
})
export type PointItemsQuery = z.infer<typeof PointItemsQuery>

/** A point and one page of the items it handles (`total`: how many match the search). */
export const AdminPointDetail = z.object({
  point: AdminPoint,
  items: z.array(PointItem),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
})
export type AdminPointDetail = z.infer<typeof AdminPointDetail>

/** The save's answer: also how many booked times the new hours closed (each marked 需改约, its owner told). */
export const PointSaved = z.extend(AdminPointDetail, { closedBookings: z.number() })
export type PointSaved = z.infer<typeof PointSaved>

const ItemId = z.string().check(z.minLength(1, '请选择事项'), z.maxLength(64, '事项编号过长'))

/**
 * A change to the items a point handles: `set` adds items or changes their window, `remove`
 * takes items off; the others stay as they are.
 */
export const PointItemsEdit = z.object({
  set: z
    .array(z.object({ itemId: ItemId, window: text('办理窗口', 40) }))
    .check(z.maxLength(200, '一次最多添加或修改200个事项')),
  remove: z.array(ItemId).check(z.maxLength(200, '一次最多移除200个事项')),
})
export type PointItemsEdit = z.infer<typeof PointItemsEdit>

/** At most this many items answer one search of the item picker. */
export const ITEM_OPTIONS_LIMIT = 50

/** The item picker's search: by name, department or item id; none lists the first items. */
export const CatalogItemOptionsQuery = z.object({
  q: z.optional(z.string().check(clean(), z.maxLength(50, '搜索词最多50个字'))),
})
export type CatalogItemOptionsQuery = z.infer<typeof CatalogItemOptionsQuery>

export const CatalogItemOption = z.object({
  id: z.string(),
  name: z.string(),
  department: z.string(),
})
export type CatalogItemOption = z.infer<typeof CatalogItemOption>

/**
 * Catalog items for choosing what a point handles (or a code's guide): the first
 * `ITEM_OPTIONS_LIMIT` that match the search, in catalog order, and how many match in all.
 */
export const CatalogItemOptions = z.object({
  items: z.array(CatalogItemOption),
  total: z.number(),
})
export type CatalogItemOptions = z.infer<typeof CatalogItemOptions>
