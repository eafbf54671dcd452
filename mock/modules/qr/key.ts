import { randomBytes } from 'node:crypto'
import type Database from 'better-sqlite3'

/**
 * The HMAC key of 一码通 payloads: `QR_SIGNING_KEY` (hex, ≥ 32 bytes) when set, else one generated
 * on first start and kept in the database, so printed codes stay valid across restarts.
 */
export function qrSigningKey(db: Database.Database, fromEnv = process.env.QR_SIGNING_KEY): Buffer {
  if (fromEnv) {
    const key = Buffer.from(fromEnv, 'hex')
    if (key.length < 32) throw new Error('QR_SIGNING_KEY must be at least 64 hex characters')
    return key
  }
  db.prepare('INSERT OR IGNORE INTO app_secrets (name, value) VALUES (?, ?)').run(
    'qr_signing_key',
    randomBytes(32).toString('hex'),
  )
  const row = db
    .prepare<[string], { value: string }>('SELECT value FROM app_secrets WHERE name = ?')
    .get('qr_signing_key')
  return Buffer.from(row?.value ?? '', 'hex')
}
