import {
  addDays,
  beijingDate,
  DAY_MS,
  daysBetween,
  weekdayOf,
} from '../../../src/services/contract'
import type {
  BookableDates,
  Busyness,
  OpeningDay,
  ServicePoint,
  SlotList,
} from '../../../src/services/contract'
import type { Repos } from '../repositories'
import { SLOT_CAPACITY, requireBookableDate, requireItemAtPoint } from './booking'
import { bookableDates, bookingWindow, slotStartsOn, slotsOn } from './calendar'

const HISTORY_WEEKS = 8

/**
 * The item and the point a calendar is asked for, checked (404 / 400 with what to do otherwise),
 * as of the catalog version read with the calendar's counts.
 */
export type FindPlace = (
  itemId: string,
  pointId: string,
  catalogVersion: number,
) => Promise<{ point: ServicePoint }>

/** The dates in [from, to] that fall on the weekday of `date` (which lies after them). */
function sameWeekdayBetween(date: string, from: string, to: string): string[] {
  const days: string[] = []
  // Straight to the first week at or before `to`: a date far ahead takes no more steps.
  const weeks = Math.max(1, Math.ceil(daysBetween(to, date) / 7))
  for (let day = addDays(date, -7 * weeks); day >= from; day = addDays(day, -7)) days.push(day)
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
  // Counted over every date the calendar may show, so the counts and the catalog's version are
  // read before the point's hours are known, in one statement.
  const window = bookingWindow(now)
  const { byDay, catalogVersion } = await repos.appointments.takenOnDays(
    pointId,
    window.first,
    window.last,
  )
  const { point } = await findPlace(itemId, pointId, catalogVersion)
  const dates = bookableDates(point.hours, now).map((date) => {
    const byStart = new Map<number, number>()
    for (const [start, n] of byDay.get(date) ?? []) byStart.set(new Date(start).getTime(), n)
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
  const since = new Date(now.getTime() - HISTORY_WEEKS * 7 * DAY_MS)
  const { taken, history, catalogVersion } = await repos.appointments.slotCounts(
    query.pointId,
    query.date,
    sameWeekdayBetween(query.date, beijingDate(since), beijingDate(now)),
    now.toISOString(),
    since.toISOString(),
  )
  const { point } = await findPlace(query.itemId, query.pointId, catalogVersion)
  requireBookableDate(point, query.date, now)
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
