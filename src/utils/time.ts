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
