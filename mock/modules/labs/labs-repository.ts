import type { Lab, LabEdit, SamplingSlot, TestingService } from '../../../src/services/contract'
import type { Sql } from '../../db/engine'
import { arg, compiledReader } from '../../db/compiled-once'

export interface LabRow {
  id: string
  name: string
  cma: string
  address: string
  phone: string
  services_json: string
  price_text: string
  hours: string
  capacity: number
  sample: number
  sort_order: number
  hidden_at: string | null
  edited_at: string | null
}

export const servicesOf = (row: LabRow) => JSON.parse(row.services_json) as TestingService[]

/** What everyone may see of a lab: residents (with its dates) and the console (with its upkeep). */
export const labOf = (row: LabRow): Omit<Lab, 'bookableDates' | 'fullHalfDays'> => ({
  id: row.id,
  name: row.name,
  cma: row.cma,
  address: row.address,
  phone: row.phone,
  services: servicesOf(row),
  priceText: row.price_text,
  hours: row.hours,
  sample: row.sample === 1,
})

/** The labs residents book (`labs`): seeded from sample-labs.json, then the console's. */
export function createLabsRepo(sql: Sql) {
  const labs = () => sql.selectFrom('labs').selectAll()
  // Read on every look at the labs list: compiled once.
  const fullHalfDaysQuery = compiledReader(
    sql,
    sql
      .selectFrom('sampling_bookings as b')
      .innerJoin('labs as l', 'l.id', 'b.lab_id')
      .select(['b.lab_id as labId', 'b.day as date', 'b.slot as slot'])
      .where('l.hidden_at', 'is', null)
      .where('b.day', '>=', arg(0))
      .where('b.day', '<=', arg(1))
      .groupBy(['b.lab_id', 'b.day', 'b.slot', 'l.capacity'])
      .having((eb) => eb(eb.fn.countAll(), '>=', eb.ref('l.capacity'))),
  )
  const setHidden = async (id: string, hiddenAt: string | null, at: string) => {
    const result = await sql
      .updateTable('labs')
      .set({ hidden_at: hiddenAt, edited_at: at })
      .where('id', '=', id)
      .where('hidden_at', hiddenAt === null ? 'is not' : 'is', null)
      .executeTakeFirst()
    return Number(result.numUpdatedRows) === 1
  }
  const listedQuery = compiledReader(
    sql,
    labs().where('hidden_at', 'is', null).orderBy('sort_order').orderBy('id'),
  )
  return {
    all: (): Promise<LabRow[]> => labs().orderBy('sort_order').orderBy('id').execute(),
    /** What the mini program lists: not taken off. */
    listed: (): Promise<LabRow[]> => listedQuery() as Promise<LabRow[]>,
    find: (id: string): Promise<LabRow | undefined> =>
      labs().where('id', '=', id).executeTakeFirst(),
    edit: async (id: string, edit: LabEdit, at: string) => {
      await sql
        .updateTable('labs')
        .set({
          name: edit.name,
          services_json: JSON.stringify(edit.services),
          hours: edit.hours,
          capacity: edit.capacity,
          address: edit.address,
          phone: edit.phone,
          edited_at: at,
        })
        .where('id', '=', id)
        .execute()
    },
    /** Only when it changes state: true for exactly one of two clicks at once. */
    hide: (id: string, at: string) => setHidden(id, at, at),
    show: (id: string, at: string) => setHidden(id, null, at),
    /** Bookings already taken for one half day of one lab. */
    booked: async (labId: string, day: string, slot: string): Promise<number> => {
      const row = await sql
        .selectFrom('sampling_bookings')
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .where('lab_id', '=', labId)
        .where('day', '=', day)
        .where('slot', '=', slot)
        .executeTakeFirst()
      return Number(row?.n ?? 0)
    },
    /** The half days from `first` to `last` that listed labs have booked to capacity. */
    fullHalfDays: async (first: string, last: string) =>
      (await fullHalfDaysQuery(first, last)) as {
        labId: string
        date: string
        slot: SamplingSlot
      }[],
  }
}
