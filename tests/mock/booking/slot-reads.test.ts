// A day's slots are read in one query (places taken that day and the weeks of history for the
// busyness hint together), as many statements as the dates list: counted on SQLite.
import type { BookableDates, SlotList } from '../../../src/services/contract'
import { testApp } from '../helpers'
import { statementsOf } from '../cases/statements'
import { ITEM_POINT, booking, call, itemOf, users } from '../appointment/support'

const WEEK_MS = 7 * 86_400_000

test('the slots read as many statements as the dates, with the day taken and its history both counted', async () => {
  const { app, clock } = testApp() // Monday 2026-03-02 09:00
  const [first, second, viewer] = await users(app, 3, 'slot-reads')
  const [item] = await itemOf(app, viewer ?? '')
  // Tuesday 03-03 09:00 booked once; a week on, Tuesday 03-10 09:00 booked once more.
  const booked = await call(app, first ?? '', 'POST', '/api/v1/appointments', {
    ...booking(item, '2026-03-03T09:00:00+08:00'),
  })
  expect(booked.status).toBe(201)
  clock.advance(WEEK_MS)
  const again = await call(app, second ?? '', 'POST', '/api/v1/appointments', {
    ...booking(item, '2026-03-10T09:00:00+08:00'),
  })
  expect(again.status).toBe(201)

  const slotsUrl = `/api/v1/appointments/slots?itemId=${item}&pointId=${ITEM_POINT}&date=2026-03-10`
  const datesUrl = `/api/v1/appointments/dates?itemId=${item}&pointId=${ITEM_POINT}`
  await call<BookableDates>(app, viewer ?? '', 'GET', datesUrl) // the catalog's part, kept
  let slots: SlotList | undefined
  const slotReads = await statementsOf(async () => {
    slots = (await call<SlotList>(app, viewer ?? '', 'GET', slotsUrl)).data
  })
  const dateReads = await statementsOf(() => call(app, viewer ?? '', 'GET', datesUrl))
  // The session, then the counts with the catalog's version (the item and point are kept per version).
  if (slotReads !== null) expect([slotReads, dateReads]).toEqual([2, 2])
  const nine = slots?.slots.find((s) => s.time === '09:00')
  const ten = slots?.slots.find((s) => s.time === '10:00')
  // One place taken today; one booking at 09:00 in the last 8 weeks is 1/8/5 of a slot: quiet.
  expect(nine).toMatchObject({ remaining: 4, busyness: 'quiet' })
  expect(ten).toMatchObject({ remaining: 5, busyness: 'quiet' })
  // A date a year ahead is refused as before (its history is counted in one step, not per week).
  const far = await call(
    app,
    viewer ?? '',
    'GET',
    `/api/v1/appointments/slots?itemId=${item}&pointId=${ITEM_POINT}&date=2027-03-09`,
  )
  expect([far.status, far.error.code]).toEqual([400, 'DATE_OUT_OF_WINDOW'])
  await app.close()
})
