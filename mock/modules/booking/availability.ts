import { addDays, beijingDate, DAY_MS, weekdayOf } from '../../../src/services/contract'
import type {
  BookableDates,
  Busyness,
  OpeningDay,
  ServicePoint,
  SlotList,
} from '../../../src/services/contract'
import type { Repos } from '../repositories'
import { SLOT_CAPACITY, requireBookableDate, requireItemAtPoint } from './booking'
import { bookableDates, slotStartsOn, slotsOn } from './calendar'

const HISTORY_WEEKS = 8

/** The item and the point a calendar is asked for, checked (404 / 400 with what to do otherwise). */
export type FindPlace = (itemId: string, pointId: string) => Promise<{ point: ServicePoint }>

/** The dates in [from, to] that fall on the weekday of `date` (which lies after them). */
function sameWeekdayBetween(date: string, from: string, to: string): string[] {
  const days: string[] = []
  for (let day = addDays(date, -7); day >= from; day = addDays(day, -7)) {
    if (day <= to) days.push(day)
  }
  return days
}

function busyness(booked: number): Busyness {
  const share = booked / HISTORY_WEEKS / SLOT_CAPACITY
  if (share < 0.34) return 'quiet'
  return share < 0.67 ? 'normal' : 'busy'
}

function freeOf(
  hours: readonly OpeningDay[],
  date: string,
  taken: ReadonlyMap<string, number>,
  now: Date,
) {
  return slotsOn(hours, date)
    .filter((s) => s.start > now)
    .map((s) => ({
      ...s,
      remaining: Math.max(0, SLOT_CAPACITY - (taken.get(s.startIso) ?? 0)),
    }))
}

/** Free places left on the date over the slots that have not started yet. */
function remainingOn(
  hours: readonly OpeningDay[],
  date: string,
  taken: ReadonlyMap<number, number>,
  now: Date,
): number {
  let remaining = 0
  for (const start of slotStartsOn(hours, date)) {
    if (start > now.getTime()) remaining += Math.max(0, SLOT_CAPACITY - (taken.get(start) ?? 0))
  }
  return remaining
}

export async function listDates(
  repos: Repos,
  itemId: string,
  pointId: string,
  now: Date,
  findPlace: FindPlace = (item, point) => requireItemAtPoint(repos, item, point),
): Promise<BookableDates> {
  const { point } = await findPlace(itemId, pointId)
  const days = bookableDates(point.hours, now)
  const first = days[0]
  const last = days[days.length - 1]
  const taken = first && last ? await repos.appointments.takenOnDays(pointId, first, last) : null
  const dates = days.map((date) => {
    const byStart = new Map<number, number>()
    for (const [start, n] of taken?.get(date) ?? []) byStart.set(new Date(start).getTime(), n)
    return {
      date,
      weekday: weekdayOf(date),
      remaining: remainingOn(point.hours, date, byStart, now),
    }
  })
  return { dates }
}

export async function listSlots(
  repos: Repos,
  query: { itemId: string; pointId: string; date: string },
  now: Date,
  findPlace: FindPlace = (item, point) => requireItemAtPoint(repos, item, point),
): Promise<SlotList> {
  const { point } = await findPlace(query.itemId, query.pointId)
  requireBookableDate(point, query.date, now)
  const since = new Date(now.getTime() - HISTORY_WEEKS * 7 * DAY_MS)
  const { taken, history } = await repos.appointments.slotCounts(
    point.id,
    query.date,
    sameWeekdayBetween(query.date, beijingDate(since), beijingDate(now)),
    now.toISOString(),
    since.toISOString(),
  )
  return {
    date: query.date,
    slots: freeOf(point.hours, query.date, taken, now).map((s) => ({
      start: s.startIso,
      end: s.endIso,
      time: s.time,
      capacity: SLOT_CAPACITY,
      remaining: s.remaining,
      busyness: busyness(history.get(s.time) ?? 0),
    })),
  }
}
