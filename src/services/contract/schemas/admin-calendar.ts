import * as z from 'zod/mini'
import { localDate, text } from '../zod'

export const HolidayRangeEdit = z.object({
  name: text('节日名称', 20),
  from: localDate('开始日期请写成 YYYY-MM-DD 并是真实日期'),
  to: localDate('结束日期请写成 YYYY-MM-DD 并是真实日期'),
})

/** A year of 法定节假日 ranges and 调休 working days, as the State Council's notice gives it. */
export const HolidayYearEdit = z.object({
  holidays: z.array(HolidayRangeEdit).check(z.maxLength(20, '一年最多20段节假日')),
  makeupDays: z
    .array(localDate('调休上班日请写成 YYYY-MM-DD 并是真实日期'))
    .check(z.maxLength(20, '一年最多20个调休上班日')),
})
export type HolidayYearEdit = z.infer<typeof HolidayYearEdit>

export const AdminHolidayYear = z.extend(HolidayYearEdit, {
  year: z.number(),
  /** When an administrator saved it; null while it is the built-in notice. */
  editedAt: z.nullable(z.string()),
})
export type AdminHolidayYear = z.infer<typeof AdminHolidayYear>

/** The save's answer: also how many booked times it closed (each marked 需改约, its owner told). */
export const HolidayYearSaved = z.extend(AdminHolidayYear, { closedBookings: z.number() })
export type HolidayYearSaved = z.infer<typeof HolidayYearSaved>

export const AdminHolidayYears = z.object({ items: z.array(AdminHolidayYear) })
export type AdminHolidayYears = z.infer<typeof AdminHolidayYears>

export const YearParams = z.object({
  id: z.string().check(z.regex(/^20\d{2}$/, '年份请写成4位数字，如 2027')),
})
