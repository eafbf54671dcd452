import { arg, compiledReader } from '../../db/compiled-once'
import { inTransaction, isPostgres, writtenOrder, type Sql } from '../../db/engine'

export interface LawyerRow {
  id: string
  user_id: string
  name: string
  firm: string
  specialties_json: string
  years: number
  intro: string
}

export interface ConsultationRow {
  id: string
  user_id: string
  lawyer_id: string
  topic: string
  title: string
  status: 'waiting' | 'answered'
  user_unread: number
  lawyer_unread: number
  created_at: string
  updated_at: string
}

export interface MessageRow {
  id: string
  consultation_id: string
  author: 'user' | 'lawyer'
  body: string
  created_at: string
}

/** A thread with the names its pages show: its lawyer's and its asker's (null when gone). */
export interface NamedConsultationRow extends ConsultationRow {
  lawyer_name: string | null
  lawyer_firm: string | null
  lawyer_user_id: string | null
  asker_real_name: string | null
  asker_nickname: string | null
}

type NewConsultation = Pick<
  ConsultationRow,
  'id' | 'user_id' | 'lawyer_id' | 'topic' | 'title' | 'created_at'
>

export function createLegalRepo(sql: Sql) {
  // A lawyer takes questions only while their account holds a live lawyer grant and the
  // 管理后台 has not paused them.
  const onDuty = () =>
    sql
      .selectFrom('lawyers')
      .selectAll('lawyers')
      .where('lawyers.paused_at', 'is', null)
      .where(({ exists, selectFrom }) =>
        exists(
          selectFrom('role_grants as g')
            .select('g.id')
            .whereRef('g.user_id', '=', 'lawyers.user_id')
            .where('g.kind', '=', 'lawyer')
            .where('g.revoked_at', 'is', null),
        ),
      )
  const consultations = () => sql.selectFrom('legal_consultations').selectAll()
  // Lists and threads name the lawyer and the asker on every row: read with the row, not per row.
  const named = () =>
    sql
      .selectFrom('legal_consultations as c')
      .leftJoin('lawyers as l', 'l.id', 'c.lawyer_id')
      .leftJoin('users as u', 'u.id', 'c.user_id')
      .selectAll('c')
      .select([
        'l.name as lawyer_name',
        'l.firm as lawyer_firm',
        'l.user_id as lawyer_user_id',
        'u.real_name as asker_real_name',
        'u.nickname as asker_nickname',
      ])
  const newestFirst = <Q extends ReturnType<typeof named>>(query: Q) =>
    query.orderBy('c.updated_at', 'desc').orderBy('c.id')
  const lawyersOnDuty = compiledReader(sql, onDuty().orderBy('sort_order'))
  const namedById = compiledReader(sql, named().where('c.id', '=', arg(0)))
  const namedOfUser = compiledReader(sql, newestFirst(named().where('c.user_id', '=', arg(0))))
  // lawyers.user_id is unique: the threads of the lawyer profile this account holds.
  const namedOfLawyerUser = compiledReader(
    sql,
    newestFirst(named().where('l.user_id', '=', arg(0))),
  )
  const messagesOf = compiledReader(
    sql,
    sql
      .selectFrom('legal_messages')
      .selectAll()
      .where('consultation_id', '=', arg(0))
      .orderBy('created_at')
      .orderBy(writtenOrder(sql)),
  )
  const touch = (row: MessageRow) =>
    sql
      .updateTable('legal_consultations')
      .set(
        row.author === 'user'
          ? { status: 'waiting', lawyer_unread: 1, updated_at: row.created_at }
          : { status: 'answered', user_unread: 1, updated_at: row.created_at },
      )
      .where('id', '=', row.consultation_id)
      .execute()

  return {
    /** Runs `work` in one transaction (joining an open one). */
    transaction: <T>(work: () => Promise<T>): Promise<T> => inTransaction(sql, work),
    /** The lawyers residents may ask now. */
    lawyers: (): Promise<LawyerRow[]> => lawyersOnDuty(),
    lawyerOnDuty: (id: string): Promise<LawyerRow | undefined> =>
      onDuty().where('lawyers.id', '=', id).executeTakeFirst(),
    lawyer: (id: string): Promise<LawyerRow | undefined> =>
      sql.selectFrom('lawyers').selectAll().where('id', '=', id).executeTakeFirst(),
    /** A lawyer's profile created with their grant in the 管理后台 (listed after the seeded ones). */
    addLawyer: async (row: Omit<LawyerRow, 'specialties_json' | 'years' | 'intro'>) => {
      await sql
        .insertInto('lawyers')
        .values({ ...row, specialties_json: '[]', years: 0, intro: '', sort_order: 1000 })
        .execute()
    },
    lawyerOfUser: (userId: string): Promise<LawyerRow | undefined> =>
      sql.selectFrom('lawyers').selectAll().where('user_id', '=', userId).executeTakeFirst(),
    /**
     * Holds the asker until this transaction ends (PostgreSQL; SQLite has one writer): their
     * count of waiting questions cannot change under a decision taken on it.
     */
    lockAsker: async (userId: string) => {
      if (!isPostgres(sql)) return
      await sql.selectFrom('users').select('id').where('id', '=', userId).forUpdate().execute()
    },
    insert: async (row: NewConsultation) => {
      await sql
        .insertInto('legal_consultations')
        .values({
          ...row,
          status: 'waiting',
          user_unread: 0,
          lawyer_unread: 1,
          updated_at: row.created_at,
        })
        .execute()
    },
    find: (id: string) =>
      consultations().where('id', '=', id).executeTakeFirst() as Promise<
        ConsultationRow | undefined
      >,
    /**
     * The thread, held until this transaction ends (PostgreSQL): its messages and the answer
     * state they set are written one writer at a time, so the state is the last message's.
     */
    findForUpdate: (id: string) =>
      consultations()
        .where('id', '=', id)
        .$if(isPostgres(sql), (q) => q.forUpdate())
        .executeTakeFirst() as Promise<ConsultationRow | undefined>,
    /** A thread with its lawyer's and asker's names. */
    findNamed: async (id: string) => (await namedById(id))[0] as NamedConsultationRow | undefined,
    /** The user's threads, newest first, with names. */
    namedOfUser: (userId: string) => namedOfUser(userId) as Promise<NamedConsultationRow[]>,
    /** The threads of the lawyer profile held by this account, newest first, with names. */
    namedOfLawyerUser: (userId: string) =>
      namedOfLawyerUser(userId) as Promise<NamedConsultationRow[]>,
    waitingOfUser: async (userId: string): Promise<number> => {
      const row = await sql
        .selectFrom('legal_consultations')
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .where('user_id', '=', userId)
        .where('status', '=', 'waiting')
        .executeTakeFirst()
      return Number(row?.n ?? 0)
    },
    addMessage: (row: MessageRow) =>
      inTransaction(sql, async () => {
        await sql.insertInto('legal_messages').values(row).execute()
        await touch(row)
      }),
    /** In the order written: equal times keep their insertion order. */
    messages: (consultationId: string) => messagesOf(consultationId) as Promise<MessageRow[]>,
    markRead: async (id: string, viewer: 'user' | 'lawyer') => {
      const column = viewer === 'user' ? 'user_unread' : 'lawyer_unread'
      await sql
        .updateTable('legal_consultations')
        .set({ [column]: 0 })
        .where('id', '=', id)
        .where(column, '=', 1)
        .execute()
    },
  }
}

export type LegalRepo = ReturnType<typeof createLegalRepo>
