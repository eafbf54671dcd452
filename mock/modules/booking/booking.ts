import { randomInt, randomUUID } from 'node:crypto'
import {
  beijingDate,
  type BookingErrorCode,
  DAY_MS,
  formatDay,
  formatDayTime,
  type ItemSummary,
  type ServicePoint,
} from '../../../src/services/contract'
import type { Repos } from '../repositories'
import type { AppointmentRow } from './repository'
import { ApiError, notFound } from '../../http/errors'
import { bookableDates, slotsOn, spansOn } from './calendar'

export const SLOT_CAPACITY = 5
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'

export interface BookingInput {
  itemId: string
  pointId: string
  slotStart: string
  name?: string
  phone?: string
  reminder?: 'wechat' | 'none'
  /** Booked by a grantee: their typed contact is not saved as the grantor's. */
  actingFor?: string
}

/** The typed contact, else the saved one (the real name counts as a saved name). */
async function contactOf(repos: Repos, userId: string, input: BookingInput) {
  const user = await repos.users.findById(userId)
  const name = input.name ?? user?.contact_name ?? user?.real_name
  const phone = input.phone?.replace(/[\s-]/g, '') ?? user?.contact_phone
  if (!name) throw bad('CONTACT_NAME_MISSING', '请填写预约人姓名')
  if (!phone) throw bad('CONTACT_PHONE_MISSING', '请填写预约人手机号，用于接收预约提醒')
  return { name, phone }
}

const bad = (code: BookingErrorCode, message: string) => new ApiError(400, code, message)
const conflict = (code: BookingErrorCode, message: string) => new ApiError(409, code, message)

/** What the catalog says of an item at a point: a value of the catalog, kept per its version. */
export interface ItemAtPoint {
  item: ItemSummary | undefined
  point: ServicePoint | undefined
  handles: boolean
}

export async function lookUpItemAtPoint(
  repos: Repos,
  itemId: string,
  pointId: string,
): Promise<ItemAtPoint> {
  const [item] = await repos.catalog.summaries([itemId])
  const point = item && (await repos.servicePoints.findById(pointId))
  const handles = point !== undefined && (await repos.appointments.handles(pointId, itemId))
  return { item, point, handles }
}

/** Item and point exist and the point handles the item; 404 / 400 with what to do otherwise. */
export function checkItemAtPoint(found: ItemAtPoint): { item: ItemSummary; point: ServicePoint } {
  const { item, point } = found
  if (!item) throw notFound('没有找到该事项，请返回重新选择')
  if (!point) throw notFound('没有找到该服务网点，请返回列表重新选择')
  if (!found.handles) {
    throw bad('POINT_NOT_HANDLING', `${point.name}不办理“${item.name}”，请选择其他网点`)
  }
  return { item, point }
}

export async function requireItemAtPoint(repos: Repos, itemId: string, pointId: string) {
  return checkItemAtPoint(await lookUpItemAtPoint(repos, itemId, pointId))
}

/** A date the point is open and within the next 14 working days. */
export function requireBookableDate(point: ServicePoint, date: string, now: Date): void {
  if (bookableDates(point.hours, now).includes(date)) return
  if (date < beijingDate(now)) throw bad('DATE_PAST', '该日期已过，请选择今天以后的日期')
  if (spansOn(point.hours, date).length === 0) {
    throw bad(
      'DATE_CLOSED',
      `${point.name}${formatDay(date, now)}不办公（休息日或法定节假日），请选择其他日期`,
    )
  }
  throw bad('DATE_OUT_OF_WINDOW', '只能预约未来14个工作日内的时段，请选择其他日期')
}

/** Until when three no-shows within 30 days block online booking (7 days from the third). */
export async function blockedUntil(repos: Repos, userId: string, now: Date): Promise<Date | null> {
  const since = new Date(now.getTime() - 37 * DAY_MS).toISOString()
  const ends = (await repos.appointments.noShowEnds(userId, now.toISOString(), since)).map(
    Date.parse,
  )
  let until = 0
  for (let i = 2; i < ends.length; i += 1) {
    const [first = 0, third = 0] = [ends[i - 2], ends[i]]
    if (third - first <= 30 * DAY_MS) until = Math.max(until, third + 7 * DAY_MS)
  }
  return until > now.getTime() ? new Date(until) : null
}

async function newCode(repos: Repos): Promise<string> {
  for (;;) {
    const code = Array.from({ length: 8 }, () => CODE_ALPHABET[randomInt(32)]).join('')
    if (!(await repos.appointments.findByCode(code))) return code
  }
}

/** Checks every rule and writes the booking; call inside `inTransaction`. */
export async function book(
  repos: Repos,
  userId: string,
  input: BookingInput,
  now: Date,
): Promise<AppointmentRow> {
  const { item, point } = await requireItemAtPoint(repos, input.itemId, input.pointId)
  const start = new Date(input.slotStart)
  if (start <= now) throw bad('SLOT_PAST', '该时段已过，请选择之后的时段')
  const day = beijingDate(start)
  requireBookableDate(point, day, now)
  const slot = slotsOn(point.hours, day).find((s) => s.start.getTime() === start.getTime())
  if (!slot) throw bad('SLOT_UNKNOWN', `所选时段不在${point.name}的办公时间内，请重新选择时段`)
  const until = await blockedUntil(repos, userId, now)
  if (until) {
    throw new ApiError(
      403,
      'BOOKING_BLOCKED',
      `近30天内您有3次预约未到场，${formatDayTime(until, now)}前暂停线上预约；如需办理，请直接前往大厅取号`,
    )
  }
  const alreadyBooked = () =>
    conflict(
      'ALREADY_BOOKED',
      `您已预约${formatDay(day, now)}办理“${item.name}”，同一事项每天只能预约一次；如需更换时段请使用改约`,
    )
  if (await repos.appointments.activeSameDay(userId, item.id, day)) throw alreadyBooked()
  const contact = await contactOf(repos, userId, input)
  const slotStart = slot.start.toISOString()
  const row = {
    id: randomUUID(),
    code: await newCode(repos),
    user_id: userId,
    item_id: item.id,
    point_id: point.id,
    day,
    time: slot.time,
    slot_start: slotStart,
    slot_end: slot.end.toISOString(),
    ...contact,
    reminder: input.reminder ?? 'none',
    created_at: now.toISOString(),
  }
  const outcome = await repos.appointments.insertWithin(row, SLOT_CAPACITY)
  if (outcome === 'full') throw conflict('SLOT_FULL', '该时段已约满，请选择其他时段')
  if (outcome === 'duplicate') throw alreadyBooked()
  if (input.actingFor === undefined) {
    await repos.users.setContact(userId, contact.name, contact.phone)
  }
  return { ...row, status: 'booked', queue_number: null, closed_reason: null }
}
