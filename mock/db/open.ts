import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import Database from 'better-sqlite3'
import { migrate } from './migrations'
import { seed } from './seed'
import { seedCatalog } from './catalog-seed'
import { catalogSeed } from './catalog'
import { seedQr } from '../qr/seed'
import { seedLawyers } from './legal-seed'
import { seedUtilities } from './utility-seed'
import { seedBankStaff } from './finance-seed'
import { seedLabStaff } from './testing-seed'
import { seedMedia } from '../media/seed'
import { seedLicences } from './ecert-seed'
import { seedRegistry } from '../identity/registry'

export type Db = Database.Database

/** Opens (creating if needed) the database, brings the schema up to date and seeds reference data. */
export function openDatabase(path: string): Db {
  const inMemory = path === ':memory:'
  if (!inMemory) mkdirSync(dirname(path), { recursive: true })
  const db = new Database(path)
  if (!inMemory) db.pragma('journal_mode = WAL')
  db.pragma('foreign_keys = ON')
  // Wait instead of failing when another process (e.g. a second dev server) holds the write lock.
  db.pragma('busy_timeout = 5000')
  migrate(db)
  seed(db)
  seedCatalog(db, catalogSeed)
  seedQr(db, new Date())
  seedLawyers(db)
  seedUtilities(db)
  seedBankStaff(db)
  seedLabStaff(db)
  seedMedia(db)
  seedLicences(db)
  seedRegistry(db)
  return db
}
