import * as z from 'zod/mini'
import { checkMobile } from '../rules/phone'
import { clean, isInstant, localDate, ruleCheck, text } from '../zod'
import { ItemSummary } from './catalog'
import { ActingFor } from './family'

const Id = (label: string) =>
  z.string().check(clean(), z.minLength(1, `请选择${label}`), z.maxLength(64, `${label}编号过长`))
const DateText = localDate('日期格式应为YYYY-MM-DD，请重新选择日期')

export const BookingItemsQuery = z.object({
  q: z.optional(z.string().check(clean(), z.maxLength(30, '搜索词不能超过30个字'))),
})

export const BookingItems = z.object({ items: z.array(ItemSummary) })
export type BookingItems = z.infer<typeof BookingItems>

export const BookableDatesQuery = z.object({ itemId: Id('事项'), pointId: Id('服务网点') })
export const SlotQuery = z.object({ itemId: Id('事项'), pointId: Id('服务网点'), date: DateText })

export const BookableDate = z.object({
  date: z.string(),
  /** 1 = 周一 … 7 = 周日 */
  weekday: z.number(),
  /** Free places left over the day's slots that have not started yet. */
  remaining: z.number(),
})
export const BookableDates = z.object({ dates: z.array(BookableDate) })
export type BookableDates = z.infer<typeof BookableDates>

export const Busyness = z.enum(['quiet', 'normal', 'busy'])
export type Busyness = z.infer<typeof Busyness>

export const Slot = z.object({
  /** ISO instant, the value to send back as `slotStart`. */
  start: z.string(),
  end: z.string(),
  /** Local (Asia/Shanghai) clock time, e.g. 09:30. */
  time: z.string(),
  capacity: z.number(),
  remaining: z.number(),
  /** Hint from past bookings of the same weekday and time. */
  busyness: Busyness,
})
export type Slot = z.infer<typeof Slot>
export const SlotList = z.object({ date: z.string(), slots: z.array(Slot) })
export type SlotList = z.infer<typeof SlotList>

const SlotStart = z
  .string()
  .check(z.minLength(1, '请选择预约时段'), isInstant('预约时段格式不正确，请重新选择'))
const Phone = z.string().check(clean(), z.minLength(1, '请填写手机号'), ruleCheck(checkMobile))

export const Reminder = z.enum(['wechat', 'none'])
export type Reminder = z.infer<typeof Reminder>

/** Without `name`/`phone` the server uses the booker's saved contact (see Profile.contact). */
export const BookingRequest = z.object({
  itemId: Id('事项'),
  pointId: Id('服务网点'),
  slotStart: SlotStart,
  name: z.optional(text('预约人姓名', 30)),
  phone: z.optional(Phone),
  /** `wechat` when the user accepted the subscription message at the confirm tap. */
  reminder: z.optional(Reminder),
  actingFor: ActingFor,
})
export type BookingRequest = z.infer<typeof BookingRequest>

export const RescheduleRequest = z.object({ pointId: Id('服务网点'), slotStart: SlotStart })

export const AppointmentStatus = z.enum([
  'booked',
  'arrived',
  'cancelled',
  'no_show',
  'needs_rebook',
])
export type AppointmentStatus = z.infer<typeof AppointmentStatus>

export const Appointment = z.object({
  id: z.string(),
  /** Short check-in code, typed at the window when a scan fails. */
  code: z.string(),
  /** The signed 一码通 link the check-in QR carries. */
  checkInLink: z.string(),
  itemId: z.string(),
  itemName: z.string(),
  pointId: z.string(),
  pointName: z.string(),
  date: z.string(),
  time: z.string(),
  slotStart: z.string(),
  slotEnd: z.string(),
  /** Masked for display. */
  name: z.string(),
  phone: z.string(),
  status: AppointmentStatus,
  queueNumber: z.nullable(z.number()),
  /** Cancel or reschedule is possible until this instant (2 h before the slot). */
  changeDeadline: z.string(),
  canChange: z.boolean(),
  createdAt: z.string(),
  /** Masked name of the family member or 帮办员 who booked it under an authorisation. */
  actedBy: z.optional(z.string()),
  /** A cancelled booking that an 改约 replaced: the new booking and its time. */
  movedTo: z.optional(z.object({ id: z.string(), date: z.string(), time: z.string() })),
  /** `needs_rebook`: why the booked time closed (“因…调整”); the resident picks a new time or cancels. */
  closedReason: z.optional(z.string()),
})
export type Appointment = z.infer<typeof Appointment>

export const AppointmentListQuery = z.object({
  scope: z.optional(z.enum(['upcoming', 'past'], '列表范围只能是 upcoming 或 past')),
})
export const AppointmentList = z.object({ items: z.array(Appointment) })
export type AppointmentList = z.infer<typeof AppointmentList>

export const CheckInRequest = z.object({
  code: z
    .string()
    .check(
      clean(),
      z.minLength(1, '请扫描或输入签到码'),
      z.maxLength(128, '签到码不正确，请核对后重新输入或扫码'),
    ),
})
export const CheckInResult = z.object({ appointment: Appointment, queueNumber: z.number() })
export type CheckInResult = z.infer<typeof CheckInResult>
