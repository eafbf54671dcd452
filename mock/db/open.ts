import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs'
import { dirname } from 'node:path'
import Database from 'better-sqlite3'
import type { Db } from './sqlite'
import { migrate } from './migrations'
import { seed } from '../modules/points/seed'
import { seedCatalog } from '../modules/catalog/seed'
import { catalogSeed } from '../modules/catalog/data'
import { seedQr } from '../modules/qr/seed'
import { seedLawyers } from '../modules/legal/seed'
import { seedUtilities } from '../modules/life/seed'
import { seedBankStaff, seedLoanProducts } from '../modules/finance/seed'
import { seedPolicies } from '../modules/policy/seed'
import { seedLabStaff } from '../modules/labs/seed'
import { seedLabs } from '../modules/labs/seed-labs'
import { seedMedia } from '../modules/media/seed'
import { seedLicences } from '../modules/ecert/seed'
import { seedRegistry } from '../modules/account/identity/registry'

/** Opens (creating if needed) the database, brings the schema up to date and seeds reference data. */
export function openDatabase(path: string): Db {
  if (path === ':memory:') return configure(new Database(seededTemplate()))
  mkdirSync(dirname(path), { recursive: true })
  const template = templateFile()
  const fromTemplate = template !== null && !existsSync(path)
  if (fromTemplate) copyFileSync(template, path)
  const db = configure(new Database(path))
  db.pragma('journal_mode = WAL')
  return fromTemplate ? db : migrateAndSeed(db)
}

function configure(db: Db): Db {
  db.pragma('foreign_keys = ON')
  // Wait instead of failing when another process (e.g. a second dev server) holds the write lock.
  db.pragma('busy_timeout = 5000')
  return db
}

function migrateAndSeed(db: Db): Db {
  migrate(db)
  seed(db)
  seedCatalog(db, catalogSeed)
  seedQr(db, new Date())
  seedLawyers(db)
  seedUtilities(db)
  seedBankStaff(db)
  seedLabs(db)
  seedLoanProducts(db)
  seedPolicies(db)
  seedLabStaff(db)
  seedMedia(db)
  seedLicences(db)
  seedRegistry(db)
  return db
}

/** Environment variable naming a seeded database file that in-memory databases start from. */
export const TEMPLATE_ENV = 'QS_DB_TEMPLATE'

let template: Buffer | undefined

function templateFile(): string | null {
  const file = process.env[TEMPLATE_ENV]
  return file && existsSync(file) ? file : null
}

/**
 * Seeding the catalog takes most of a second, and tests open hundreds of databases: each starts
 * as a copy of one seeded database — a file made once per test run when `QS_DB_TEMPLATE` names
 * one (new database files are copies of it too), otherwise one seeded once per process.
 */
function seededTemplate(): Buffer {
  if (template) return template
  const file = templateFile()
  if (file) {
    template = readFileSync(file)
  } else {
    const db = migrateAndSeed(configure(new Database(':memory:')))
    template = db.serialize()
    db.close()
  }
  return template
}

/** Seeds a database file for `QS_DB_TEMPLATE` (the test runner's global setup). */
export function writeTemplate(path: string): void {
  const db = migrateAndSeed(configure(new Database(path)))
  db.close()
}
