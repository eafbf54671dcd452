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
  /** Fictional: shown masked in the 管理后台 only. */
  phone: z.string().check(z.regex(/^1[3-9]\d{9}$/)),
  licenceNo: z.string().check(z.regex(/^\d{17}$/)),
})
const LawyersFile = z.object({ ...provenance, lawyers: z.array(Lawyer) })

/** Sample duty lawyers of the district's 公共法律服务中心 (fictional people), in lawyers.json. */
export const LAWYER_SEED = parseReference('legal/lawyers.json', LawyersFile, lawyersFile).lawyers

const LAWYER_ROLE = { kind: 'lawyer', scopeId: null } as const

/**
 * Idempotent: staff users and lawyer rows are brought to the seed's state on every start, except
 * a lawyer an administrator edited in the 管理后台 (`edited_at` set): the console owns that one.
 */
export function seedLawyers(db: Database.Database): number {
  const staffAccount = staffAccounts(db)
  const upsertLawyer = db.prepare(`
    INSERT INTO lawyers (id, user_id, name, firm, specialties_json, years, intro, sort_order,
      phone, licence_no)
    VALUES (@id, @userId, @name, @firm, @specialties, @years, @intro, @sort, @phone, @licenceNo)
    ON CONFLICT (id) DO UPDATE SET user_id = excluded.user_id, name = excluded.name,
      firm = excluded.firm, specialties_json = excluded.specialties_json, years = excluded.years,
      intro = excluded.intro, sort_order = excluded.sort_order, phone = excluded.phone,
      licence_no = excluded.licence_no
    WHERE lawyers.edited_at IS NULL AND
      (user_id, name, firm, specialties_json, years, intro, sort_order, phone, licence_no) IS NOT
      (excluded.user_id, excluded.name, excluded.firm, excluded.specialties_json, excluded.years,
       excluded.intro, excluded.sort_order, excluded.phone, excluded.licence_no)`)
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
