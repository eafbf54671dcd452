import * as z from 'zod/mini'
import { text } from '../zod'

export const AdminQrCode = z.object({
  id: z.string(),
  kind: z.enum(['guide', 'queue', 'zone', 'campaign']),
  targetId: z.string(),
  title: z.string(),
  position: z.number(),
  revokedAt: z.nullable(z.string()),
})
export type AdminQrCode = z.infer<typeof AdminQrCode>

export const AdminQrZone = z.object({
  id: z.string(),
  name: z.string(),
  pointId: z.string(),
  pointName: z.string(),
  description: z.string(),
  editedAt: z.nullable(z.string()),
  codes: z.array(AdminQrCode),
})
export type AdminQrZone = z.infer<typeof AdminQrZone>

export const AdminQrZones = z.object({ items: z.array(AdminQrZone) })
export type AdminQrZones = z.infer<typeof AdminQrZones>

export const ZoneEdit = z.object({
  name: text('专区名称', 30),
  pointId: z.string().check(z.minLength(1, '请选择所在网点'), z.maxLength(64, '网点编号过长')),
  description: text('专区介绍', 300),
})
export type ZoneEdit = z.infer<typeof ZoneEdit>

export const ZoneCreate = z.extend(ZoneEdit, {
  /** Also the name `npm run qr:wall -- --zone` takes. */
  id: z
    .string()
    .check(z.regex(/^[a-z][a-z0-9-]{1,29}$/, '专区编号请用2到30位小写字母、数字或“-”，以字母开头')),
})
export type ZoneCreate = z.infer<typeof ZoneCreate>

export const CodeIssue = z.object({
  kind: z.enum(['guide', 'queue', 'campaign'], '请选择码的类型：办事指南、取号或活动'),
  targetId: z.string().check(z.minLength(1, '请选择码指向的事项、网点或活动'), z.maxLength(64)),
  title: text('码的标题', 20),
})
export type CodeIssue = z.infer<typeof CodeIssue>

/** The zone's printable wall: the same sheet `npm run qr:wall` prints. */
export const QrWallSheet = z.object({
  zone: z.string(),
  html: z.string(),
  codes: z.array(z.object({ title: z.string(), payload: z.string(), link: z.string() })),
})
export type QrWallSheet = z.infer<typeof QrWallSheet>
