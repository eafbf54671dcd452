import type Database from 'better-sqlite3'
import * as z from 'zod/mini'
import { LicenceKind } from '../../../src/services/contract'
import { parseReference, provenance } from '../reference-data'
import file from './licences.json'

const Person = z.object({ name: z.string(), idNumber: z.string().check(z.length(18)) })
const Enterprise = z.object({ name: z.string(), uscc: z.string().check(z.length(18)) })
const HOLDER_KEYS = ['doctor', 'nurse', 'owner', 'clinic', 'food'] as const

const LicencesFile = z.object({
  ...provenance,
  /** Fictional holders of 青山区, for dev, tests and the demo: sign in, 实名 as one, see the wallet. */
  holders: z.object({
    doctor: Person,
    nurse: Person,
    owner: Person,
    clinic: Enterprise,
    food: Enterprise,
  }),
  licences: z.array(
    z.object({
      id: z.string(),
      kind: LicenceKind,
      holder: z.enum(HOLDER_KEYS),
      number: z.string(),
      issuer: z.string(),
      issuedOn: z.iso.date(),
      /** null: 长期有效 */
      validUntil: z.nullable(z.iso.date()),
      facts: z.array(z.object({ label: z.string(), value: z.string() })),
    }),
  ),
})

const data = parseReference('ecert/licences.json', LicencesFile, file)

export const HOLDERS = data.holders

type Licence = (typeof data.licences)[number]

export interface LicenceSeed extends Omit<Licence, 'holder'> {
  holderKind: 'person' | 'enterprise'
  /** 居民身份证号 of a person, 统一社会信用代码 of an enterprise (both with valid check characters). */
  holderCode: string
  holderName: string
}

/** A licence of the file with its holder written out as the licences table stores it. */
export function licenceSeed({ holder, ...licence }: Licence): LicenceSeed {
  const h = HOLDERS[holder]
  const held =
    'idNumber' in h
      ? { holderKind: 'person' as const, holderCode: h.idNumber, holderName: h.name }
      : { holderKind: 'enterprise' as const, holderCode: h.uscc, holderName: h.name }
  return { ...held, ...licence }
}

/** The seeded 电子证照库; some licences are expired on purpose, so 材料体检 has one to refuse. */
export const LICENCE_SEED: readonly LicenceSeed[] = data.licences.map(licenceSeed)

/** Upserts the seeded licences by id; licences issued at 实名 (other ids) are left alone. */
export function seedLicences(db: Database.Database): number {
  const upsert = db.prepare(`
    INSERT INTO licences (id, kind, holder_kind, holder_code, holder_name, number, issuer,
      issued_on, valid_until, facts_json)
    VALUES (@id, @kind, @holderKind, @holderCode, @holderName, @number, @issuer, @issuedOn,
      @validUntil, @facts)
    ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, holder_kind = excluded.holder_kind,
      holder_code = excluded.holder_code, holder_name = excluded.holder_name,
      number = excluded.number, issuer = excluded.issuer, issued_on = excluded.issued_on,
      valid_until = excluded.valid_until, facts_json = excluded.facts_json
    WHERE (kind, holder_kind, holder_code, holder_name, number, issuer, issued_on, valid_until,
      facts_json) IS NOT (excluded.kind, excluded.holder_kind, excluded.holder_code,
      excluded.holder_name, excluded.number, excluded.issuer, excluded.issued_on,
      excluded.valid_until, excluded.facts_json)`)
  return db.transaction(() =>
    LICENCE_SEED.reduce(
      (changes, l) => changes + upsert.run({ ...l, facts: JSON.stringify(l.facts) }).changes,
      0,
    ),
  )()
}
