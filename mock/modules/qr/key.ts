import { randomBytes } from 'node:crypto'
import type { Sql } from '../../db/engine'

/**
 * The HMAC key of 一码通 payloads: `QR_SIGNING_KEY` (hex, ≥ 32 bytes) when set, else one generated
 * on first start and kept in the database, so printed codes stay valid across restarts — and the
 * same on every instance: the first to start writes it, the others read it.
 */
export async function qrSigningKey(
  sql: Sql,
  fromEnv = process.env.QR_SIGNING_KEY,
): Promise<Buffer> {
  if (fromEnv) {
    const key = Buffer.from(fromEnv, 'hex')
    if (key.length < 32) throw new Error('QR_SIGNING_KEY must be at least 64 hex characters')
    return key
  }
  await sql
    .insertInto('app_secrets')
    .values({ name: 'qr_signing_key', value: randomBytes(32).toString('hex') })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute()
  const row = await sql
    .selectFrom('app_secrets')
    .select('value')
    .where('name', '=', 'qr_signing_key')
    .executeTakeFirstOrThrow()
  return Buffer.from(row.value, 'hex')
}
