import type { CaseEvent, CaseSourceKind, CaseStatus } from '../../../src/services/contract'
import type { Db } from '../../db/sqlite'

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

type NewCase = Omit<
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

const CHANGEABLE = [
  'status',
  'fields_json',
  'materials_json',
  'corrections_json',
  'result',
  'accepted_at',
  'deadline',
  'closed_at',
  'helper_id',
  'rating',
  'rating_comment',
  'rated_at',
  'follow_up',
  'followed_up_at',
] as const

export function createCaseRepo(db: Db) {
  const insert = db.prepare<[NewCase]>(`
    INSERT INTO cases (id, number, user_id, source_kind, source_id, title, promised_days, status,
      applicant, fields_json, materials_json, submitted_at, updated_at)
    VALUES (@id, @number, @user_id, @source_kind, @source_id, @title, @promised_days, @status,
      @applicant, @fields_json, @materials_json, @submitted_at, @updated_at)`)
  const byId = db.prepare<[string], CaseRow>('SELECT * FROM cases WHERE id = ?')
  const ofUser = db.prepare<[string], CaseRow>(
    'SELECT * FROM cases WHERE user_id = ? ORDER BY submitted_at DESC, number DESC',
  )
  const ofHelper = db.prepare<[string], CaseRow>(
    'SELECT * FROM cases WHERE helper_id = ? ORDER BY submitted_at, number',
  )
  const countOnDay = db
    .prepare<[string], number>('SELECT COUNT(*) FROM cases WHERE number LIKE ?')
    .pluck()
  const events = db.prepare<[string], CaseEventRow>(
    'SELECT at, event, actor, note FROM case_events WHERE case_id = ? ORDER BY id',
  )
  const addEvent = db.prepare<[string, string, string, string, string]>(
    'INSERT INTO case_events (case_id, at, event, actor, note) VALUES (?, ?, ?, ?, ?)',
  )
  const update = db.prepare<[Record<string, unknown>]>(
    `UPDATE cases SET ${CHANGEABLE.map((c) => `${c} = COALESCE(@${c}, ${c})`).join(', ')},
      updated_at = @updated_at WHERE id = @id`,
  )
  const helper = db.prepare<[string], HelperRow>(
    'SELECT user_id, name, desk, phone FROM case_helpers WHERE user_id = ?',
  )
  /** The helper (live helper grant) with the fewest open cases; ties go to the one seeded first. */
  const leastBusy = db.prepare<[], HelperRow>(`
    SELECT h.user_id, h.name, h.desk, h.phone FROM case_helpers h
    LEFT JOIN cases c ON c.helper_id = h.user_id AND c.status IN ('submitted', 'correction', 'accepted')
    WHERE h.active = 1 AND EXISTS (SELECT 1 FROM role_grants g WHERE g.user_id = h.user_id
      AND g.kind = 'helper' AND g.revoked_at IS NULL)
    GROUP BY h.user_id ORDER BY COUNT(c.id), h.rowid LIMIT 1`)
  const upsertHelper = db.prepare<[HelperRow]>(`
    INSERT INTO case_helpers (user_id, name, desk, phone) VALUES (@user_id, @name, @desk, @phone)
    ON CONFLICT (user_id) DO UPDATE SET name = excluded.name, desk = excluded.desk,
      phone = excluded.phone`)

  return {
    transaction: <T>(fn: () => T): T => db.transaction(fn).immediate(),
    insert: (row: NewCase) => insert.run(row),
    find: (id: string) => byId.get(id),
    ofUser: (userId: string) => ofUser.all(userId),
    ofHelper: (helperId: string) => ofHelper.all(helperId),
    /** How many numbers already start with `prefix` (the day's sequence). */
    countNumbered: (prefix: string) => countOnDay.get(`${prefix}%`) ?? 0,
    events: (caseId: string) => events.all(caseId),
    addEvent: (caseId: string, event: CaseEventRow) =>
      addEvent.run(caseId, event.at, event.event, event.actor, event.note),
    update: (id: string, change: CaseChange, at: string) => {
      const values: Record<string, unknown> = { id, updated_at: at }
      for (const column of CHANGEABLE) values[column] = change[column] ?? null
      update.run(values)
    },
    helper: (userId: string) => helper.get(userId),
    leastBusyHelper: () => leastBusy.get(),
    upsertHelper: (row: HelperRow) => upsertHelper.run(row),
  }
}

export type CaseRepo = ReturnType<typeof createCaseRepo>
