import type { CaseEvent, CaseSourceKind, CaseStatus } from '../../../src/services/contract'
import { inTransaction, inTurn, writtenOrder, type Sql } from '../../db/engine'

export interface CaseRow {
  id: string
  number: string
  user_id: string
  source_kind: CaseSourceKind
  source_id: string
  title: string
  promised_days: number
  status: CaseStatus
  helper_id: string | null
  applicant: string
  fields_json: string
  materials_json: string
  corrections_json: string
  result: string | null
  submitted_at: string
  accepted_at: string | null
  deadline: string | null
  closed_at: string | null
  updated_at: string
  rating: number | null
  rating_comment: string | null
  rated_at: string | null
  follow_up: string | null
  followed_up_at: string | null
}

export interface CaseEventRow {
  at: string
  event: CaseEvent
  actor: string
  note: string
}

export interface HelperRow {
  user_id: string
  name: string
  desk: string
  phone: string
}

export type NewCase = Omit<
  CaseRow,
  | 'corrections_json'
  | 'result'
  | 'accepted_at'
  | 'deadline'
  | 'closed_at'
  | 'helper_id'
  | 'rating'
  | 'rating_comment'
  | 'rated_at'
  | 'follow_up'
  | 'followed_up_at'
>

/** Columns a transition may change; the rest of a case is fixed at submission. */
export type CaseChange = Partial<
  Pick<
    CaseRow,
    | 'status'
    | 'fields_json'
    | 'materials_json'
    | 'corrections_json'
    | 'result'
    | 'accepted_at'
    | 'deadline'
    | 'closed_at'
    | 'helper_id'
    | 'rating'
    | 'rating_comment'
    | 'rated_at'
    | 'follow_up'
    | 'followed_up_at'
  >
>

const OPEN: readonly CaseStatus[] = ['submitted', 'correction', 'accepted']

/** Only the columns given: a transition never clears one. */
const defined = (change: CaseChange) =>
  Object.fromEntries(
    Object.entries(change).filter(([, value]) => value !== undefined && value !== null),
  ) as CaseChange

export function createCaseRepo(sql: Sql) {
  const cases = () => sql.selectFrom('cases').selectAll()
  const find = (id: string) =>
    cases().where('id', '=', id).executeTakeFirst() as Promise<CaseRow | undefined>
  const changed = (id: string, change: CaseChange, at: string) =>
    sql
      .updateTable('cases')
      .set({ ...defined(change), updated_at: at })
      .where('id', '=', id)
  const helper = (userId: string) =>
    sql
      .selectFrom('case_helpers')
      .select(['user_id', 'name', 'desk', 'phone'])
      .where('user_id', '=', userId)
      .executeTakeFirst()

  return {
    /** Runs `work` in one transaction (joining an open one). */
    transaction: <T>(work: () => Promise<T>): Promise<T> => inTransaction(sql, work),
    /**
     * Within a transaction, waits for every other case being filed to commit: the number of the
     * day and the least busy 帮办员 are then counted with the others' cases in.
     */
    takeIntakeTurn: () => inTurn(sql, 'case-intake'),
    insert: async (row: NewCase) => {
      await sql.insertInto('cases').values(row).execute()
    },
    find,
    ofUser: (userId: string) =>
      cases()
        .where('user_id', '=', userId)
        .orderBy('submitted_at', 'desc')
        .orderBy('number', 'desc')
        .execute() as Promise<CaseRow[]>,
    ofHelper: (helperId: string) =>
      cases()
        .where('helper_id', '=', helperId)
        .orderBy('submitted_at')
        .orderBy('number')
        .execute() as Promise<CaseRow[]>,
    /** How many numbers already start with `prefix` (the day's sequence). */
    countNumbered: async (prefix: string) => {
      const row = await sql
        .selectFrom('cases')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('number', 'like', `${prefix}%`)
        .executeTakeFirst()
      return Number(row?.n ?? 0)
    },
    events: (caseId: string) =>
      sql
        .selectFrom('case_events')
        .select(['at', 'event', 'actor', 'note'])
        .where('case_id', '=', caseId)
        .orderBy('id')
        .execute() as Promise<CaseEventRow[]>,
    addEvent: async (caseId: string, event: CaseEventRow) => {
      await sql
        .insertInto('case_events')
        .values({ case_id: caseId, ...event })
        .execute()
    },
    update: async (id: string, change: CaseChange, at: string) => {
      await changed(id, change, at).execute()
    },
    /**
     * Moves the case on only while it is still `from`: of two steps sent at once (two 受理, a
     * 办结 and a 不予受理), one wins. False when another step came first.
     */
    transition: async (id: string, from: CaseStatus, change: CaseChange, at: string) => {
      const result = await changed(id, change, at).where('status', '=', from).executeTakeFirst()
      return Number(result.numUpdatedRows) === 1
    },
    /** Stores the rating only while there is none: one rating per case. */
    rate: async (id: string, change: CaseChange, at: string) => {
      const result = await changed(id, change, at).where('rating', 'is', null).executeTakeFirst()
      return Number(result.numUpdatedRows) === 1
    },
    /** Stores the 回访 only while there is none: one follow-up per 差评. */
    followUp: async (id: string, change: CaseChange, at: string) => {
      const result = await changed(id, change, at).where('follow_up', 'is', null).executeTakeFirst()
      return Number(result.numUpdatedRows) === 1
    },
    helper,
    /**
     * The helper (live helper grant) with the fewest open cases; ties go to the one seeded
     * first. Take the intake turn first, or two cases filed at once both count the same.
     */
    leastBusyHelper: async (): Promise<HelperRow | undefined> => {
      const helpers = await sql
        .selectFrom('case_helpers as h')
        .select(['h.user_id', 'h.name', 'h.desk', 'h.phone'])
        .where('h.active', '=', 1)
        .where(({ exists, selectFrom }) =>
          exists(
            selectFrom('role_grants as g')
              .select('g.id')
              .whereRef('g.user_id', '=', 'h.user_id')
              .where('g.kind', '=', 'helper')
              .where('g.revoked_at', 'is', null),
          ),
        )
        .orderBy(writtenOrder(sql, 'h'))
        .execute()
      const load = await sql
        .selectFrom('cases')
        .select(['helper_id', (eb) => eb.fn.countAll().as('n')])
        .where('status', 'in', OPEN)
        .where('helper_id', 'is not', null)
        .groupBy('helper_id')
        .execute()
      const open = new Map(load.map((r) => [r.helper_id, Number(r.n)]))
      const openOf = (h: HelperRow) => open.get(h.user_id) ?? 0
      return helpers.reduce<HelperRow | undefined>(
        (best, h) => (best === undefined || openOf(h) < openOf(best) ? h : best),
        undefined,
      )
    },
    upsertHelper: async (row: HelperRow) => {
      await sql
        .insertInto('case_helpers')
        .values(row)
        // Rewritten only when changed: a restart keeps the seeded order (the tie-break above).
        .onConflict((conflict) =>
          conflict
            .column('user_id')
            .doUpdateSet((eb) => ({
              name: eb.ref('excluded.name'),
              desk: eb.ref('excluded.desk'),
              phone: eb.ref('excluded.phone'),
            }))
            .where((eb) =>
              eb.or([
                eb('case_helpers.name', '!=', eb.ref('excluded.name')),
                eb('case_helpers.desk', '!=', eb.ref('excluded.desk')),
                eb('case_helpers.phone', '!=', eb.ref('excluded.phone')),
              ]),
            ),
        )
        .execute()
    },
  }
}

export type CaseRepo = ReturnType<typeof createCaseRepo>
