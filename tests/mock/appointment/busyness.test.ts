import type { SlotList } from '../../../src/services/contract'
import { testApp } from '../helpers'
import { ITEM_POINT, booking, call, itemOf, users } from './support'

const WEEK_MS = 7 * 86_400_000

test('busyness comes from the last 8 weeks of bookings on the same weekday and time', async () => {
  const { app, clock } = testApp() // Monday 2026-03-02 09:00
  const [item] = await itemOf(app, (await users(app, 1, 'first'))[0] ?? '')
  // Eight Tuesdays (none a holiday): 09:00 always full, 09:30 two of five, 10:00 never booked.
  for (let week = 0; week < 8; week += 1) {
    const date = new Date(Date.parse('2026-03-03T00:00:00+08:00') + week * WEEK_MS + 8 * 3_600_000)
      .toISOString()
      .slice(0, 10)
    // New people each week: nobody here collects three no-shows.
    for (const [i, person] of (await users(app, 7, `week-${week}`)).entries()) {
      const time = i < 2 ? '09:30' : '09:00'
      const res = await call(app, person, 'POST', '/api/v1/appointments', {
        ...booking(item, `${date}T09:00:00+08:00`),
        slotStart: `${date}T${time}:00+08:00`,
      })
      expect(res.status).toBe(201)
    }
    clock.advance(WEEK_MS)
  }
  // Now Monday 2026-04-27: next Tuesday's slots carry the hint, but Wednesday has no history.
  const viewer = (await users(app, 1, 'viewer'))[0] ?? ''
  const slots = async (date: string) => {
    const url = `/api/v1/appointments/slots?itemId=${item}&pointId=${ITEM_POINT}&date=${date}`
    const res = await call<SlotList>(app, viewer, 'GET', url)
    return Object.fromEntries(res.data.slots.slice(0, 3).map((s) => [s.time, s.busyness]))
  }
  expect(await slots('2026-04-28')).toEqual({
    '09:00': 'busy',
    '09:30': 'normal',
    '10:00': 'quiet',
  })
  expect(await slots('2026-04-29')).toEqual({
    '09:00': 'quiet',
    '09:30': 'quiet',
    '10:00': 'quiet',
  })
  await app.close()
})
