import { sql as raw } from 'kysely'
import { arg, compiledReader } from '../../db/compiled-once'
import { inTransaction, isPostgres, writtenOrder, type Sql } from '../../db/engine'

export interface GrantRow {
  id: string
  grantor_id: string
  grantee_kind: 'relative' | 'helper'
  grantee_name: string
  relation: string
  grantee_id: string | null
  item_ids_json: string
  days: number
  valid_until: string
  claim_digits: string
  claim_qr_id: string
  code_expires_at: string
  created_at: string
  claimed_at: string | null
  revoked_at: string | null
}

export type NewGrant = Omit<GrantRow, 'grantee_id' | 'claimed_at' | 'revoked_at'>

export interface AuditRow {
  id: string
  grant_id: string
  actor_id: string
  action: 'granted' | 'claimed' | 'booked' | 'applied' | 'revoked'
  item_id: string | null
  target_id: string | null
  at: string
}

/** An audit entry with its grant's people and its item's name (null when gone). */
export interface ListedAuditRow extends AuditRow {
  grantor_id: string
  grantee_name: string
  grantor_real_name: string | null
  grantor_contact_name: string | null
  grantor_nickname: string | null
  item_name: string | null
}

export function createProxyRepo(sql: Sql) {
  const grants = () => sql.selectFrom('proxy_grants').selectAll()
  // Read on every look at a booking or case (who acted for its owner): compiled once.
  const grantOfTargetQuery = compiledReader(
    sql,
    sql
      .selectFrom('proxy_audit as a')
      .innerJoin('proxy_grants as g', 'g.id', 'a.grant_id')
      .selectAll('g')
      .where('a.target_id', '=', arg(0))
      // A literal limit: SQLite runs a query whose LIMIT is bound ~7–12 µs slower.
      .limit(raw.lit(1)),
  )
  // The 代办记录 with what each entry shows beside it (its grant's people, its item's name), in
  // one query per side compiled once, not one read per entry.
  const auditOf = (side: 'grantor_id' | 'grantee_id') =>
    compiledReader(
      sql,
      sql
        .selectFrom('proxy_audit as a')
        .innerJoin('proxy_grants as g', 'g.id', 'a.grant_id')
        .leftJoin('users as u', 'u.id', 'g.grantor_id')
        .leftJoin('catalog_items as i', 'i.id', 'a.item_id')
        .selectAll('a')
        .select([
          'g.grantor_id',
          'g.grantee_name',
          'u.real_name as grantor_real_name',
          'u.contact_name as grantor_contact_name',
          'u.nickname as grantor_nickname',
          'i.name as item_name',
        ])
        .where(`g.${side}`, '=', arg(0))
        .orderBy('a.at', 'desc')
        .orderBy(writtenOrder(sql, 'a'), 'desc')
        .limit(raw.lit(200)),
    )
  const auditOfGrantor = auditOf('grantor_id')
  const auditOfGrantee = auditOf('grantee_id')

  return {
    insert: async (row: NewGrant) => {
      await sql.insertInto('proxy_grants').values(row).execute()
    },
    find: (id: string) =>
      grants().where('id', '=', id).executeTakeFirst() as Promise<GrantRow | undefined>,
    /**
     * The grant, which no revocation can change until this transaction ends (PostgreSQL; SQLite
     * has one writer): an action under it is never recorded after it was revoked.
     */
    findHeld: (id: string) =>
      grants()
        .where('id', '=', id)
        .$if(isPostgres(sql), (q) => q.forShare())
        .executeTakeFirst() as Promise<GrantRow | undefined>,
    byDigits: (digits: string) =>
      grants().where('claim_digits', '=', digits).executeTakeFirst() as Promise<
        GrantRow | undefined
      >,
    byQrId: (qrId: string) =>
      grants().where('claim_qr_id', '=', qrId).executeTakeFirst() as Promise<GrantRow | undefined>,
    ofGrantor: (userId: string) =>
      grants()
        .where('grantor_id', '=', userId)
        .orderBy('created_at', 'desc')
        .orderBy(writtenOrder(sql), 'desc')
        .execute() as Promise<GrantRow[]>,
    ofGrantee: (userId: string) =>
      grants()
        .where('grantee_id', '=', userId)
        .orderBy('claimed_at', 'desc')
        .orderBy(writtenOrder(sql), 'desc')
        .execute() as Promise<GrantRow[]>,
    /** A new code only while nobody has claimed the grant. */
    newCode: async (id: string, digits: string, qrId: string, expiresAt: string) => {
      await sql
        .updateTable('proxy_grants')
        .set({ claim_digits: digits, claim_qr_id: qrId, code_expires_at: expiresAt })
        .where('id', '=', id)
        .where('grantee_id', 'is', null)
        .execute()
    },
    /** True for exactly one claimer, whatever the number claiming at once. */
    claim: async (id: string, granteeId: string, granteeName: string, at: string) => {
      const result = await sql
        .updateTable('proxy_grants')
        .set({ grantee_id: granteeId, grantee_name: granteeName, claimed_at: at })
        .where('id', '=', id)
        .where('grantee_id', 'is', null)
        .executeTakeFirst()
      return Number(result.numUpdatedRows) === 1
    },
    /** True for exactly one revoker, whatever the number revoking at once. */
    revoke: async (id: string, at: string) => {
      const result = await sql
        .updateTable('proxy_grants')
        .set({ revoked_at: at })
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .executeTakeFirst()
      return Number(result.numUpdatedRows) === 1
    },
    addAudit: async (row: AuditRow) => {
      await sql.insertInto('proxy_audit').values(row).execute()
    },
    audit: (userId: string, side: 'grantor' | 'grantee') =>
      (side === 'grantor' ? auditOfGrantor : auditOfGrantee)(userId) as Promise<ListedAuditRow[]>,
    /** The grant a booking or case was made under, if any. */
    grantOfTarget: async (targetId: string): Promise<GrantRow | undefined> =>
      (await grantOfTargetQuery(targetId))[0] as GrantRow | undefined,
    /** Runs `work` in one transaction (joining an open one). */
    transaction: <T>(work: () => Promise<T>): Promise<T> => inTransaction(sql, work),
  }
}
