import * as z from 'zod/mini'
import { TESTING_SERVICES } from '../choices'
import { checkMobile } from '../rules/phone'
import { clean, isLocalDate, paragraph, ruleCheck, text } from '../zod'

export const TestingService = z.enum(TESTING_SERVICES, '请选择检测项目')
export type TestingService = z.infer<typeof TestingService>

/** 上午 9:00–12:00 or 下午 14:00–17:30: a lab sends its samplers by the half day. */
export const SamplingSlot = z.enum(['am', 'pm'], '请选择上午或下午')
export type SamplingSlot = z.infer<typeof SamplingSlot>

export const Lab = z.object({
  id: z.string(),
  name: z.string(),
  /** 检验检测机构资质认定（CMA）证书编号 */
  cma: z.string(),
  address: z.string(),
  phone: z.string(),
  services: z.array(TestingService),
  priceText: z.string(),
  /** When the lab sends its samplers, e.g. 工作日 9:00–17:30. */
  hours: z.string(),
  /** A fictional lab (name, CMA number, prices): the app marks it 示例. */
  sample: z.boolean(),
  /** The days (`YYYY-MM-DD`, Beijing) the lab takes a sampling booking now: the only ones offered. */
  bookableDates: z.array(z.string()),
  /** The half days among those dates already booked to the lab's capacity: offered no more. */
  fullHalfDays: z.array(z.object({ date: z.string(), slot: SamplingSlot })),
})
export type Lab = z.infer<typeof Lab>
export const LabQuery = z.object({ service: z.optional(TestingService) })
export const LabList = z.object({ items: z.array(Lab) })

export const SamplingRequest = z.object({
  labId: z.string().check(clean(), z.minLength(1, '请选择检测机构'), z.maxLength(64)),
  service: TestingService,
  date: z
    .string()
    .check(
      z.regex(/^\d{4}-\d{2}-\d{2}$/, '请选择上门采样日期'),
      isLocalDate('日期不存在，请重新选择'),
    ),
  slot: SamplingSlot,
  address: text('采样地址', 100),
  contact: text('联系人姓名', 20),
  phone: z.string().check(clean(), z.minLength(1, '请填写手机号'), ruleCheck(checkMobile)),
})
export type SamplingRequest = z.infer<typeof SamplingRequest>

const Reading = z
  .string()
  .check(clean(), z.regex(/^(\d{1,2}(\.\d{1,3})?)?$/, '请填写数字（mg/m³），如 0.05；未测可留空'))
export const ReportRequest = z.object({
  place: text('采样点位', 20),
  formaldehyde: Reading,
  tvoc: Reading,
  benzene: Reading,
  conclusion: paragraph('检测结论', 300),
})
export type ReportRequest = z.infer<typeof ReportRequest>

export const ReportItem = z.object({
  name: z.string(),
  value: z.number(),
  limit: z.number(),
  unit: z.string(),
  passed: z.boolean(),
})
export const TestingReport = z.object({
  place: z.string(),
  items: z.array(ReportItem),
  /** null for 产品质量检测: its conclusion says it in words. */
  passed: z.nullable(z.boolean()),
  standard: z.string(),
  conclusion: z.string(),
  issuedAt: z.string(),
})
export type TestingReport = z.infer<typeof TestingReport>

export const SamplingBooking = z.object({
  id: z.string(),
  labId: z.string(),
  labName: z.string(),
  service: TestingService,
  serviceName: z.string(),
  date: z.string(),
  slotText: z.string(),
  address: z.string(),
  contact: z.string(),
  phone: z.string(),
  status: z.enum(['booked', 'reported']),
  report: z.nullable(TestingReport),
  /** The viewer is staff of this lab and the report is not issued yet. */
  canReport: z.boolean(),
  createdAt: z.string(),
})
export type SamplingBooking = z.infer<typeof SamplingBooking>
export const SamplingBookingList = z.object({ items: z.array(SamplingBooking) })
