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
    lawyers: async (): Promise<LawyerRow[]> => onDuty().orderBy('sort_order').execute(),
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
    ofUser: (userId: string) =>
      consultations()
        .where('user_id', '=', userId)
        .orderBy('updated_at', 'desc')
        .orderBy('id')
        .execute() as Promise<ConsultationRow[]>,
    ofLawyer: (lawyerId: string) =>
      consultations()
        .where('lawyer_id', '=', lawyerId)
        .orderBy('updated_at', 'desc')
        .orderBy('id')
        .execute() as Promise<ConsultationRow[]>,
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
    messages: (consultationId: string) =>
      sql
        .selectFrom('legal_messages')
        .selectAll()
        .where('consultation_id', '=', consultationId)
        .orderBy('created_at')
        .orderBy(writtenOrder(sql))
        .execute() as Promise<MessageRow[]>,
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
