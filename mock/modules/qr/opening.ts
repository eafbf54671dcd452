import { beijingDate, beijingTime, DAY_MS, weekdayOf } from '../../../src/services/contract'
import type { OpeningDay } from '../../../src/services/contract'
import { spansOn } from '../booking/calendar'

const WEEKDAYS = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日']

const spansText = (spans: OpeningDay['spans']) =>
  spans.map((s) => `${s.open}–${s.close}`).join('、')

function formatDay(date: string, today: string): string {
  if (date === today) return '今天'
  const [, month = '', day = ''] = date.split('-')
  return `${Number(month)}月${Number(day)}日 ${WEEKDAYS[weekdayOf(date)] ?? ''}`
}

/**
 * When a closed point opens next, in words: “今天 13:30–17:30” or “12月7日 周一 09:00–12:00、13:30–17:30”.
 * `null` when it opens on none of the next 30 days.
 */
export function nextOpeningText(hours: readonly OpeningDay[], now: Date): string | null {
  const today = beijingDate(now)
  const time = beijingTime(now)
  for (let i = 0; i < 30; i += 1) {
    const date = beijingDate(new Date(now.getTime() + i * DAY_MS))
    const spans = spansOn(hours, date).filter((s) => date !== today || s.open > time)
    if (spans.length > 0) return `${formatDay(date, today)} ${spansText(spans)}`
  }
  return null
}
