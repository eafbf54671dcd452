import * as z from 'zod/mini'
import { clean } from '../zod'

export const PointKind = z.enum(['center', 'street', 'community', 'bank', 'mall'])
export type PointKind = z.infer<typeof PointKind>

/** Opening hours of one weekday (1 = 周一 … 7 = 周日); several spans cover a lunch break. */
export const OpeningDay = z.object({
  weekday: z.number().check(z.int(), z.gte(1), z.lte(7)),
  spans: z.array(z.object({ open: z.string(), close: z.string() })),
})
export type OpeningDay = z.infer<typeof OpeningDay>

export const ServicePoint = z.object({
  id: z.string(),
  name: z.string(),
  kind: PointKind,
  street: z.string(),
  address: z.string(),
  phone: z.string(),
  latitude: z.number(),
  longitude: z.number(),
  hours: z.array(OpeningDay),
  /** What the point offers, in the words of its sign (e.g. 政银合作服务专区). */
  features: z.array(z.string()),
})
export type ServicePoint = z.infer<typeof ServicePoint>

export const ServicePointQuery = z.object({
  q: z.optional(z.string().check(clean(), z.maxLength(30, '搜索词不能超过30个字'))),
  kind: z.optional(PointKind),
})

export const ServicePointList = z.object({ items: z.array(ServicePoint) })

export const NearbyPoint = z.object({
  point: ServicePoint,
  distanceMeters: z.number(),
  /** How many catalog items this point handles. */
  itemCount: z.number(),
})

export const NearbyResult = z.object({
  /** Where distances are measured from; `fallback` = the district centre because location was not given. */
  origin: z.object({ latitude: z.number(), longitude: z.number(), fallback: z.boolean() }),
  points: z.array(NearbyPoint),
})
export type NearbyResult = z.infer<typeof NearbyResult>

export const NearbyQuery = z.object({
  latitude: z.optional(
    z.coerce.number().check(z.gte(-90, '纬度超出范围'), z.lte(90, '纬度超出范围')),
  ),
  longitude: z.optional(
    z.coerce.number().check(z.gte(-180, '经度超出范围'), z.lte(180, '经度超出范围')),
  ),
  itemId: z.optional(z.string().check(z.maxLength(64))),
})
