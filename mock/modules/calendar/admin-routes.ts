import {
  BUILT_IN_HOLIDAY_YEARS,
  type AdminHolidayYear,
  type HolidayYear,
} from '../../../src/services/contract'
import { inTransaction } from '../../db/engine'
import { answersPer } from '../../http/kept-answer'
import { ApiError } from '../../http/errors'
import type { Handlers } from '../../http/types'
import { recordChange } from '../admin/audit-repository'
import type { HandlerDeps } from '../deps'
import { createHolidayRepo, type SavedYear } from './repository'
import { problemsOfYear, sortedHolidays, yearsInForce } from './rules'
import { savedHolidayYears, syncHolidayCalendar } from './sync'
import { spansFor } from '../booking/calendar'
import {
  calendarReason,
  closeBookings,
  closedNote,
  hoursOfPoints,
  kindIn,
} from '../booking/closures'

type CalendarKeys = 'GET /api/v1/admin/calendar/years' | 'POST /api/v1/admin/calendar/years/:id'

const calendarInvalid = (problems: string[]) =>
  new ApiError(400, 'CALENDAR_INVALID', `请修改后再保存：${problems.slice(0, 3).join('；')}`)

/** 管理后台：法定节假日与调休, by year; the built-in years stand until a year is saved. */
export function holidayCalendarHandlers({ sql, repos }: HandlerDeps): Pick<Handlers, CalendarKeys> {
  const repo = createHolidayRepo(sql)
  const yearsOf = (saved: readonly SavedYear[]): AdminHolidayYear[] => {
    const editedAt = new Map(saved.map((y) => [y.year, y.editedAt]))
    return yearsInForce(BUILT_IN_HOLIDAY_YEARS, saved).map((y) => ({
      year: y.year,
      // Copies: the answer is frozen once kept, the calendar in force must not be.
      holidays: y.holidays.map((h) => ({ ...h })),
      makeupDays: [...y.makeupDays],
      editedAt: editedAt.get(y.year) ?? null,
    }))
  }
  const listed = async (): Promise<AdminHolidayYear[]> => yearsOf(await repo.saved())
  // The list as of the calendar in force (read once per calendar version): built and encoded once.
  const listAnswers = answersPer<readonly SavedYear[], { items: AdminHolidayYear[] }>()
  return {
    'GET /api/v1/admin/calendar/years': async () => {
      const saved = await savedHolidayYears(sql)
      return listAnswers(saved, '', () => ({ items: yearsOf(saved) }))
    },
    'POST /api/v1/admin/calendar/years/:id': async ({ params, body }, ctx) => {
      const year: HolidayYear = {
        year: Number(params.id),
        holidays: sortedHolidays(body.holidays),
        makeupDays: [...body.makeupDays].sort(),
      }
      const problems = problemsOfYear(year)
      if (problems.length > 0) throw calendarInvalid(problems)
      const at = ctx.now.toISOString()
      const closedBookings = await inTransaction(sql, async () => {
        const before = (await listed()).find((y) => y.year === year.year)
        await repo.save(year, ctx.session.userId, at)
        const hoursOf = hoursOfPoints(repos)
        const closed = await closeBookings(
          repos,
          {
            firstDay: `${year.year}-01-01`,
            lastDay: `${year.year}-12-31`,
            reason: (row) => calendarReason(year, row.day),
            spansAfter: async (row) =>
              spansFor(await hoursOf(row.point_id), row.day, kindIn(year, row.day)),
          },
          ctx.now,
        )
        await recordChange(sql, {
          actorId: ctx.session.userId,
          action: 'calendar.saved',
          target: { kind: 'holiday_year', id: String(year.year) },
          summary: `保存${year.year}年节假日与调休：${year.holidays.length}段假期，${year.makeupDays.length}个调休上班日${closedNote(closed)}`,
          before: before ? { holidays: before.holidays, makeupDays: before.makeupDays } : null,
          after: { holidays: year.holidays, makeupDays: year.makeupDays },
          at,
        })
        return closed
      })
      await syncHolidayCalendar(sql)
      return { ...year, editedAt: at, closedBookings }
    },
  }
}
