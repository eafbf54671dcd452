import { sql as raw } from 'kysely'
import type { CaseEvent, CaseSourceKind, CaseStatus } from '../../../src/services/contract'
import { inTransaction, inTurn, writtenOrder, type Sql } from '../../db/engine'
import { arg, compiledReader } from '../../db/compiled-once'
import { jsonRows, rowsOf } from '../../db/json-rows'
import type { UploadRow } from '../../files/repository'
import { uploadIdsOfCase } from './case-uploads'
import { licencesByIds } from './licences'

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

/** A case with its 帮办员 and the name of who filed it for its owner, read together. */
export interface CaseWithPeople extends CaseRow {
  helper_name: string | null
  helper_desk: string | null
  helper_phone: string | null
  /** The grantee's name when the case was filed under a 代办 grant. */
  acted_grantee: string | null
  /** The name of the item a case of one item is for (null for a 一件事, or when it is gone). */
  item_name: string | null
  /** Its events, oldest first. */
  timeline: CaseEventRow[]
  /** The uploads its materials name (in no order; missing ones left out). */
  files: UploadRow[]
}

/** What a case's list row shows: the stored fields, materials and corrections are not read. */
export type CaseListRow = Omit<CaseRow, 'fields_json' | 'materials_json' | 'corrections_json'>

/** A list row with its 帮办员 and who filed it (as `CaseWithPeople`). */
export type CaseListWithPeople = CaseListRow &
  Pick<CaseWithPeople, 'helper_name' | 'helper_desk' | 'helper_phone' | 'acted_grantee'>

/** A 帮办员's live helper grant with their profile (null fields when no profile was made). */
export interface HelperGrantRow {
  user_id: string | null
  name: string | null
  desk: string | null
  phone: string | null
}

const UPLOAD_COLUMNS = [
  'id',
  'user_id',
  'name',
  'mime',
  'size',
  'sha256',
  'width',
  'height',
  'sharpness',
  'stored_as',
  'created_at',
] as const satisfies readonly (keyof UploadRow)[]

const LIST_COLUMNS = [
  'id',
  'number',
  'user_id',
  'source_kind',
  'source_id',
  'title',
  'promised_days',
  'status',
  'helper_id',
  'applicant',
  'result',
  'submitted_at',
  'accepted_at',
  'deadline',
  'closed_at',
  'updated_at',
  'rating',
  'rating_comment',
  'rated_at',
  'follow_up',
  'followed_up_at',
] as const

export function createCaseRepo(sql: Sql) {
  const cases = () => sql.selectFrom('cases').selectAll()
  // A case, its people and its timeline are read on every look at it: compiled once.
  const byIdQuery = compiledReader(sql, cases().where('id', '=', arg(0)))
  const find = async (id: string) => (await byIdQuery(id))[0] as CaseRow | undefined
  /**
   * Cases with their 帮办员 and the name of who filed them for their owner: the case page and
   * the lists read them alike, one statement each.
   */
  const withPeople = () =>
    sql
      .selectFrom('cases as c')
      .leftJoin('case_helpers as h', 'h.user_id', 'c.helper_id')
      .select(['h.name as helper_name', 'h.desk as helper_desk', 'h.phone as helper_phone'])
      .select((eb) =>
        eb
          .selectFrom('proxy_audit as a')
          .innerJoin('proxy_grants as g', 'g.id', 'a.grant_id')
          .select('g.grantee_name')
          .whereRef('a.target_id', '=', 'c.id')
          // A literal limit: SQLite runs a query whose LIMIT is bound ~7–12 µs slower.
          .limit(raw.lit(1))
          .as('acted_grantee'),
      )
  const withPeopleQuery = compiledReader(
    sql,
    withPeople()
      .selectAll('c')
      .select((eb) =>
        eb
          .selectFrom('catalog_items as i')
          .select('i.name')
          .whereRef('i.id', '=', 'c.source_id')
          .where('c.source_kind', '=', 'item')
          .as('item_name'),
      )
      .select((eb) =>
        jsonRows(
          sql,
          eb
            .selectFrom('case_events as e')
            .select(['e.at', 'e.event', 'e.actor', 'e.note'])
            .whereRef('e.case_id', '=', 'c.id')
            .orderBy('e.id'),
        ).as('timeline'),
      )
      .select((eb) =>
        jsonRows(
          sql,
          eb
            .selectFrom('uploads as u')
            .select(UPLOAD_COLUMNS.map((column) => `u.${column}` as const))
            .where('u.id', 'in', uploadIdsOfCase(sql)),
        ).as('files'),
      )
      .where('c.id', '=', arg(0)),
  )
  const changed = (id: string, change: CaseChange, at: string) =>
    sql
      .updateTable('cases')
      .set({ ...defined(change), updated_at: at })
      .where('id', '=', id)
  const helperQuery = compiledReader(
    sql,
    sql
      .selectFrom('case_helpers')
      .select(['user_id', 'name', 'desk', 'phone'])
      .where('user_id', '=', arg(0)),
  )
  const helper = async (userId: string): Promise<HelperRow | undefined> =>
    (await helperQuery(userId))[0]
  const helperGrantQuery = compiledReader(
    sql,
    sql
      .selectFrom('role_grants as g')
      .leftJoin('case_helpers as h', 'h.user_id', 'g.user_id')
      .select(['h.user_id', 'h.name', 'h.desk', 'h.phone'])
      .where('g.user_id', '=', arg(0))
      .where('g.kind', '=', 'helper')
      .where('g.revoked_at', 'is', null)
      .limit(raw.lit(1)),
  )
  const deskGrantsQuery = compiledReader(
    sql,
    sql
      .selectFrom('role_grants as g')
      .leftJoin('case_helpers as h', 'h.user_id', 'g.user_id')
      .select(['g.kind', 'h.user_id', 'h.name', 'h.desk', 'h.phone'])
      .where('g.user_id', '=', arg(0))
      .where('g.kind', 'in', ['admin', 'helper'])
      .where('g.revoked_at', 'is', null),
  )
  const eventsQuery = compiledReader(
    sql,
    sql
      .selectFrom('case_events')
      .select(['at', 'event', 'actor', 'note'])
      .where('case_id', '=', arg(0))
      .orderBy('id'),
  )
  // A list row comes with its 帮办员 and who filed it for its owner: one statement per list.
  const listed = () => withPeople().select(LIST_COLUMNS.map((column) => `c.${column}` as const))
  const ofUserQuery = compiledReader(
    sql,
    listed()
      .where('c.user_id', '=', arg(0))
      .orderBy('c.submitted_at', 'desc')
      .orderBy('c.number', 'desc'),
  )
  const ofHelperQuery = compiledReader(
    sql,
    listed().where('c.helper_id', '=', arg(0)).orderBy('c.submitted_at').orderBy('c.number'),
  )

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
    /** The case as its page shows it: with its 帮办员, who filed it, its timeline and files, in one query. */
    findWithPeople: async (id: string): Promise<CaseWithPeople | undefined> => {
      const [row] = await withPeopleQuery(id)
      if (!row) return undefined
      const timeline = rowsOf(row.timeline) as CaseEventRow[]
      const files = rowsOf(row.files) as UploadRow[]
      return { ...(row as Omit<CaseWithPeople, 'timeline' | 'files'>), timeline, files }
    },
    ofUser: (userId: string) => ofUserQuery(userId) as Promise<CaseListWithPeople[]>,
    ofHelper: (helperId: string) => ofHelperQuery(helperId) as Promise<CaseListWithPeople[]>,
    /** How many numbers already start with `prefix` (the day's sequence). */
    countNumbered: async (prefix: string) => {
      const row = await sql
        .selectFrom('cases')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('number', 'like', `${prefix}%`)
        .executeTakeFirst()
      return Number(row?.n ?? 0)
    },
    /** The 电子证照 named by a case's materials, by id, in one query. */
    licences: (ids: readonly string[]) => licencesByIds(sql, ids),
    events: (caseId: string) => eventsQuery(caseId) as Promise<CaseEventRow[]>,
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
     * The user's live helper grant and 帮办员 profile in one read: undefined without the grant,
     * null fields when the profile is missing.
     */
    helperGrant: async (userId: string): Promise<HelperGrantRow | undefined> =>
      (await helperGrantQuery(userId))[0],
    /**
     * The user's live administrator and helper grants, each with the 帮办员 profile (null fields
     * when none), in one read: who answers 投诉建议.
     */
    deskGrants: (userId: string) =>
      deskGrantsQuery(userId) as Promise<(HelperGrantRow & { kind: 'admin' | 'helper' })[]>,
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
