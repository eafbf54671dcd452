import { randomUUID } from 'node:crypto'
import type { Sql } from '../../../mock/db/engine'
import { MAX_WAITING, openConsultation } from '../../../mock/modules/legal/consult'
import { createLegalRepo, type LegalRepo } from '../../../mock/modules/legal/repository'
import { burst, threeInstances } from '../../support/three-instances'

async function seed(sql: Sql) {
  for (const id of ['asker', 'lawyer-user']) {
    await sql
      .insertInto('users')
      .values({ id, openid: `o-${id}`, nickname: id, created_at: 't' })
      .execute()
  }
  await sql
    .insertInto('lawyers')
    .values({
      id: 'lw1',
      user_id: 'lawyer-user',
      name: '王',
      firm: '所',
      specialties_json: '[]',
      years: 3,
      intro: '',
      sort_order: 1,
    })
    .execute()
  await sql
    .insertInto('role_grants')
    .values({ id: 'g1', user_id: 'lawyer-user', kind: 'lawyer', granted_at: 't' })
    .execute()
}

const question = { lawyerId: 'lw1', topic: 'labor' as const, question: '工资被拖欠怎么办' }
const now = new Date('2026-03-02T01:00:00Z')

describe('法律咨询 on PostgreSQL across three server instances', () => {
  test(`60 concurrent questions of one resident open exactly ${MAX_WAITING}`, async () => {
    const { sqls, close } = await threeInstances()
    try {
      await seed(sqls[0])
      const results = await burst(60, sqls, (sql) =>
        openConsultation(createLegalRepo(sql), 'asker', question, now),
      )
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(MAX_WAITING)
      const refused = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []))
      expect(refused.every((e) => (e as { code?: string }).code === 'TOO_MANY_WAITING')).toBe(true)
      const stored = await sqls[1].selectFrom('legal_consultations').select('id').execute()
      expect(stored).toHaveLength(MAX_WAITING)
    } finally {
      await close()
    }
  })

  test('60 concurrent messages on one thread leave the answer state of the last one', async () => {
    const { sqls, close } = await threeInstances()
    try {
      await seed(sqls[0])
      const thread = await openConsultation(createLegalRepo(sqls[0]), 'asker', question, now)
      // What POST …/messages does: hold the thread, add the message, mark the writer's side read.
      const post = (legal: LegalRepo, author: 'user' | 'lawyer') =>
        legal.transaction(async () => {
          const row = await legal.findForUpdate(thread.id)
          if (!row) throw new Error('thread vanished')
          await legal.addMessage({
            id: randomUUID(),
            consultation_id: row.id,
            author,
            body: author,
            created_at: now.toISOString(),
          })
          await legal.markRead(row.id, author)
        })
      const results = await burst(60, sqls, (sql, i) =>
        post(createLegalRepo(sql), i % 2 === 0 ? 'user' : 'lawyer'),
      )
      expect(results.filter((r) => r.status === 'rejected')).toEqual([])
      const legal = createLegalRepo(sqls[2])
      const messages = await legal.messages(thread.id)
      expect(messages).toHaveLength(61)
      const last = messages[messages.length - 1]!.author
      const state = await legal.find(thread.id)
      expect(state).toMatchObject(
        last === 'lawyer'
          ? { status: 'answered', user_unread: 1, lawyer_unread: 0 }
          : { status: 'waiting', user_unread: 0, lawyer_unread: 1 },
      )
    } finally {
      await close()
    }
  })
})
