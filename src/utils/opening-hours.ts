import type { OpeningDay } from '../services/contract'
import { beijing, isoWeekday, minutesOf, WEEKDAY_NAMES } from '../services/contract'

export interface OpenStatus {
  open: boolean
  /** Says it in words, e.g. “营业中 · 17:30 下班” or “已休息 · 周一 09:00 开门”. */
  label: string
}

function spansOf(hours: readonly OpeningDay[], weekday: number) {
  return hours.find((d) => d.weekday === weekday)?.spans ?? []
}

export function openStatus(hours: readonly OpeningDay[], now: Date): OpenStatus {
  const local = beijing(now)
  const today = isoWeekday(local)
  const minute = local.hour() * 60 + local.minute()
  const todaySpans = spansOf(hours, today)
  const current = todaySpans.find((s) => minutesOf(s.open) <= minute && minute < minutesOf(s.close))
  if (current)
    return {
      open: true,
      label: `营业中 · ${current.close} ${closesForTheDay(todaySpans, current.close) ? '下班' : '午休'}`,
    }
  const laterToday = todaySpans.find((s) => minutesOf(s.open) > minute)
  if (laterToday) return { open: false, label: `已休息 · 今天 ${laterToday.open} 开门` }
  for (let ahead = 1; ahead <= 7; ahead++) {
    const weekday = ((today - 1 + ahead) % 7) + 1
    const first = spansOf(hours, weekday)[0]
    if (first) {
      const day = ahead === 1 ? '明天' : WEEKDAY_NAMES[weekday]
      return { open: false, label: `已休息 · ${day} ${first.open} 开门` }
    }
  }
  return { open: false, label: '暂停服务' }
}

function closesForTheDay(spans: readonly { close: string }[], close: string): boolean {
  return spans[spans.length - 1]?.close === close
}

/** “周一至周五 09:00–12:00、13:30–17:30” lines; consecutive days with equal hours are merged. */
export function hoursLines(hours: readonly OpeningDay[]): string[] {
  const describe = (weekday: number) =>
    spansOf(hours, weekday)
      .map((s) => `${s.open}–${s.close}`)
      .join('、') || '休息'
  const lines: string[] = []
  let start = 1
  for (let day = 2; day <= 8; day++) {
    if (day <= 7 && describe(day) === describe(start)) continue
    const end = day - 1
    const days =
      start === end
        ? WEEKDAY_NAMES[start]
        : `${WEEKDAY_NAMES[start]}${end - start === 1 ? '、' : '至'}${WEEKDAY_NAMES[end]}`
    lines.push(`${days} ${describe(start)}`)
    start = day
  }
  return lines
}
