import type { Appointment, AppointmentStatus, Busyness, Slot } from '../../services/contract'
import { formatDay, formatDayTime, formatShortDay } from '../../services/contract'
import { beijing } from '../../services/contract'

export const STATUS_LABELS: Record<AppointmentStatus, string> = {
  booked: '待办理',
  arrived: '已签到',
  cancelled: '已取消',
  no_show: '未到场',
  needs_rebook: '需改约',
}

export const BUSYNESS_LABELS: Record<Busyness, string> = {
  quiet: '空闲',
  normal: '适中',
  busy: '较忙',
}

/** The steps of a booking, one question per screen. */
export const BOOKING_STEPS = ['point', 'date', 'slot', 'confirm'] as const
export type BookingStep = (typeof BOOKING_STEPS)[number]
export const STEP_TITLES: Record<BookingStep, string> = {
  point: '选择办理网点',
  date: '选择日期',
  slot: '选择时段',
  confirm: '确认预约信息',
}

/** The step's title; an 改约 confirms an 改约, not a new 预约. */
export const stepTitle = (step: BookingStep, moving: boolean): string =>
  moving && step === 'confirm' ? '确认改约信息' : STEP_TITLES[step]

/** What 朗读 adds after a step's title: what to do on that screen. */
export const STEP_HINTS: Record<BookingStep, string> = {
  point: '下面是能办这件事的网点，离您近的排在前面，点“在这里办”继续',
  date: '点一个日期继续，日期后面写着还剩几个名额',
  slot: '点一个时段继续，约满的时段点不了',
  confirm: '请核对下面的预约信息，没有问题就点“确认预约”',
}

export function asStep(value: string): BookingStep {
  return (BOOKING_STEPS as readonly string[]).includes(value) ? (value as BookingStep) : 'point'
}

export function previousStep(step: BookingStep): BookingStep | null {
  const i = BOOKING_STEPS.indexOf(step)
  return i > 0 ? (BOOKING_STEPS[i - 1] ?? null) : null
}

/** “11月27日” from 2026-11-27 (the tile prints the weekday beside it). */
export function dayLabel(date: string): string {
  return formatShortDay(date)
}

/** “11月27日 周五” from 2026-11-27 (the weekday is the calendar's own). */
export function dateLabel(date: string, now?: Date): string {
  return formatDay(date, now)
}

/** The choices made before `step`, in words, for 朗读: “网点：…”, “日期：…”, “时段：…”. */
export function chosenSoFar(
  draft: { pointName: string; date: string; weekday: string; slotTime: string },
  step: BookingStep,
): string[] {
  const at = BOOKING_STEPS.indexOf(step)
  const chosen = [
    at > 0 && draft.pointName ? `网点：${draft.pointName}` : '',
    at > 1 && draft.date ? `日期：${dateLabel(draft.date)}` : '',
    at > 2 && draft.slotTime ? `时段：${draft.slotTime}` : '',
  ]
  return chosen.filter(Boolean)
}

export function earliestOpenSlot(slots: readonly Slot[]): Slot | null {
  return slots.find((s) => s.remaining > 0) ?? null
}

export function placesLabel(remaining: number): string {
  return remaining === 0 ? '已约满' : `余${remaining}个`
}

export function slotHint(slot: Slot): string {
  const places = placesLabel(slot.remaining)
  return slot.remaining === 0 ? places : `${places} · ${BUSYNESS_LABELS[slot.busyness]}`
}

/** “今天 14:00” / “明天 09:30” / “11月29日 周日 09:30”, in 包头 time. */
export function whenLabel(a: Pick<Appointment, 'date' | 'time'>, now: Date): string {
  const today = beijing(now)
  if (a.date === today.format('YYYY-MM-DD')) return `今天 ${a.time}`
  if (a.date === today.add(1, 'day').format('YYYY-MM-DD')) return `明天 ${a.time}`
  return `${dateLabel(a.date, now)} ${a.time}`
}

/** 已改约 rather than 已取消 when an 改约 replaced the booking. */
export const statusLabel = (a: Pick<Appointment, 'status' | 'movedTo'>): string =>
  a.movedTo ? '已改约' : STATUS_LABELS[a.status]

/** “已改约，新时间 12月14日 周一 09:00”, or null for a booking that was not moved. */
export function movedLine(a: Pick<Appointment, 'movedTo'>, now: Date): string | null {
  return a.movedTo ? `已改约，新时间 ${whenLabel(a.movedTo, now)}` : null
}

/** “因国庆节放假调整，该时段已不办公，请改约”, or null for a booking whose time still stands. */
export function closedLine(a: Pick<Appointment, 'status' | 'closedReason'>): string | null {
  if (a.status !== 'needs_rebook') return null
  return `${a.closedReason ? `${a.closedReason}，` : ''}该时段已不办公，请改约`
}

const REMIND_AHEAD_MS = 24 * 3_600_000

/** The next booking that starts within a day: the in-app reminder. */
export function dueReminder(items: readonly Appointment[], now: Date): Appointment | null {
  const due = items.filter((a) => {
    const startsIn = Date.parse(a.slotStart) - now.getTime()
    return a.status === 'booked' && startsIn > 0 && startsIn <= REMIND_AHEAD_MS
  })
  due.sort((a, b) => Date.parse(a.slotStart) - Date.parse(b.slotStart))
  return due[0] ?? null
}

/** “可在11月27日 周五 08:00前取消或改约”. */
export function changeRule(a: Appointment): string {
  if (a.status === 'needs_rebook') return '请改约其他时间，或取消这次预约'
  return a.canChange
    ? `可在${formatDayTime(a.changeDeadline)}前在线取消或改约`
    : '距办理不足2小时，已不能在线取消或改约'
}
