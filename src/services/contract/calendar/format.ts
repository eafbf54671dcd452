/**
 * Beijing time for client and server: dates as residents read them, and the arithmetic behind them.
 */
import dayjs, { type Dayjs } from 'dayjs'
import utc from 'dayjs/plugin/utc'

dayjs.extend(utc)

/** 包头 is UTC+8 all year. dayjs.tz is broken on Android WeChat, so a fixed offset is used. */
export function beijing(date: Date): Dayjs {
  return dayjs(date).utcOffset(480)
}

export const WEEKDAY_NAMES = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'] as const

/** ISO weekday: 1 = 周一 … 7 = 周日. */
export function isoWeekday(d: Dayjs): number {
  return d.day() === 0 ? 7 : d.day()
}

export function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number)
  return (h ?? 0) * 60 + (m ?? 0)
}

/**
 * The one date style of the app: “12月14日 周一”, with the year only when it is not this year
 * (Beijing time), and “09:30” after it when the time matters. Every page shows dates through here.
 */

/** An instant (ISO with zone), or a calendar date `YYYY-MM-DD` that is already Beijing-local. */
export type DateInput = string | Date

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/

function toBeijing(value: DateInput): Dayjs {
  if (typeof value === 'string' && LOCAL_DATE.test(value)) {
    return beijing(new Date(`${value}T00:00:00+08:00`))
  }
  return beijing(typeof value === 'string' ? new Date(value) : value)
}

/** “12月14日 周一”; “2025年12月14日 周日” when not in the current Beijing year. */
export function formatDay(value: DateInput, now: Date = new Date()): string {
  const d = toBeijing(value)
  const year = d.year() === beijing(now).year() ? '' : `${d.year()}年`
  return `${year}${d.month() + 1}月${d.date()}日 ${WEEKDAY_NAMES[isoWeekday(d)]}`
}

/** “12月14日” alone, for a date tile whose weekday is printed beside it. */
export function formatShortDay(value: DateInput, now: Date = new Date()): string {
  return formatDay(value, now).split(' ')[0] ?? ''
}

/** “12月14日 周一 09:30”. */
export function formatDayTime(value: DateInput, now: Date = new Date()): string {
  return `${formatDay(value, now)} ${formatTime(value)}`
}

/** “09:30”, Beijing time. */
export function formatTime(value: DateInput): string {
  return toBeijing(value).format('HH:mm')
}

/** The Beijing calendar date of an instant, `YYYY-MM-DD` (for comparing, never for showing). */
export function beijingDateOf(value: DateInput): string {
  return toBeijing(value).format('YYYY-MM-DD')
}

/** The last day before a midnight deadline: “12月15日 周二” for 2026-12-15T16:00:00Z. */
export function formatLastDay(deadline: string, now: Date = new Date()): string {
  return formatDay(new Date(new Date(deadline).getTime() - 1), now)
}

/** “2026年12月5日” for a YYYY-MM-DD date: the 本指南更新于 line and the 废止 notice. */
export function formatChineseDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number)
  return `${year}年${month}月${day}日`
}
