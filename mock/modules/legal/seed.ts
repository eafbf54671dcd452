import type Database from 'better-sqlite3'
import * as z from 'zod/mini'
import { LegalTopicId } from '../../../src/services/contract'
import { parseReference, provenance } from '../reference-data'
import lawyersFile from './lawyers.json'
import { staffAccounts } from '../staff/seed-accounts'

const Lawyer = z.object({
  id: z.string(),
  /** Signs in with `dev:<handle>` (H5 device id), see mock/README.md. */
  handle: z.string(),
  name: z.string(),
  firm: z.string(),
  specialties: z.array(LegalTopicId).check(z.minLength(1)),
  years: z.number().check(z.int(), z.positive()),
  intro: z.string(),
})
const LawyersFile = z.object({ ...provenance, lawyers: z.array(Lawyer) })

/** Sample duty lawyers of the district's 公共法律服务中心 (fictional people), in lawyers.json. */
export const LAWYER_SEED = parseReference('legal/lawyers.json', LawyersFile, lawyersFile).lawyers

const LAWYER_ROLE = { kind: 'lawyer', scopeId: null } as const

/** Idempotent: staff users and lawyer rows are brought to the seed's state on every start. */
export function seedLawyers(db: Database.Database): number {
  const staffAccount = staffAccounts(db)
  const upsertLawyer = db.prepare(`
    INSERT INTO lawyers (id, user_id, name, firm, specialties_json, years, intro, sort_order)
    VALUES (@id, @userId, @name, @firm, @specialties, @years, @intro, @sort)
    ON CONFLICT (id) DO UPDATE SET user_id = excluded.user_id, name = excluded.name,
      firm = excluded.firm, specialties_json = excluded.specialties_json, years = excluded.years,
      intro = excluded.intro, sort_order = excluded.sort_order
    WHERE (user_id, name, firm, specialties_json, years, intro, sort_order) IS NOT
      (excluded.user_id, excluded.name, excluded.firm, excluded.specialties_json, excluded.years,
       excluded.intro, excluded.sort_order)`)
  return db.transaction(() => {
    let changes = 0
    LAWYER_SEED.forEach((lawyer, sort) => {
      const account = staffAccount(lawyer.handle, lawyer.id, `${lawyer.name}律师`, LAWYER_ROLE)
      const userId = account.userId
      changes += account.changes
      changes += upsertLawyer.run({
        ...lawyer,
        userId,
        specialties: JSON.stringify(lawyer.specialties),
        sort,
      }).changes
    })
    return changes
  })()
}
