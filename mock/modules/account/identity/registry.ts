import * as z from 'zod/mini'
import type { Db } from '../../../db/sqlite'
import { checkIdNumber, checkUscc } from '../../../../src/services/contract'
import population from './data/population.json'
import marketEntities from './data/market-entities.json'

const validId = z.string().check(z.refine((v) => checkIdNumber(v).ok, '身份证号校验不通过'))
const isoDay = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))

export const Person = z.object({
  name: z.string().check(z.minLength(2)),
  idNumber: validId,
  phone: z.string().check(z.regex(/^1\d{10}$/)),
  address: z.string().check(z.minLength(4)),
  idCardIssuedOn: isoDay,
  idCardValidUntil: z.nullable(isoDay),
})
export type Person = z.infer<typeof Person>

export const Entity = z.object({
  name: z.string().check(z.minLength(2)),
  uscc: z.string().check(z.refine((v) => checkUscc(v).ok, '统一社会信用代码校验不通过')),
  kind: z.string(),
  legalRepName: z.string().check(z.minLength(2)),
  legalRepIdNumber: validId,
  foundedOn: isoDay,
})
export type Entity = z.infer<typeof Entity>

const PopulationFile = z.object({
  source: z.string(),
  sample: z.boolean(),
  people: z.array(Person),
})
const EntityFile = z.object({ source: z.string(), sample: z.boolean(), entities: z.array(Entity) })

/** Extra fictional records (tests, local demos) on top of the seeded files. */
export interface RegistryExtras {
  people?: readonly Person[]
  entities?: readonly Entity[]
}

export const POPULATION = z.parse(PopulationFile, population).people
export const MARKET_ENTITIES = z.parse(EntityFile, marketEntities).entities

/** Brings the 人口库 and the 市场主体 register to the seed files (plus extras); idempotent. */
export function seedRegistry(db: Db, extras: RegistryExtras = {}): void {
  const person = db.prepare(`
    INSERT INTO population_registry
      (id_number, name, phone, address, id_card_issued_on, id_card_valid_until)
    VALUES (@idNumber, @name, @phone, @address, @idCardIssuedOn, @idCardValidUntil)
    ON CONFLICT (id_number) DO UPDATE SET name = excluded.name, phone = excluded.phone,
      address = excluded.address, id_card_issued_on = excluded.id_card_issued_on,
      id_card_valid_until = excluded.id_card_valid_until`)
  const entity = db.prepare(`
    INSERT INTO market_entities (uscc, name, kind, legal_rep_name, legal_rep_id_number, founded_on)
    VALUES (@uscc, @name, @kind, @legalRepName, @legalRepIdNumber, @foundedOn)
    ON CONFLICT (uscc) DO UPDATE SET name = excluded.name, kind = excluded.kind,
      legal_rep_name = excluded.legal_rep_name,
      legal_rep_id_number = excluded.legal_rep_id_number, founded_on = excluded.founded_on`)
  db.transaction(() => {
    for (const p of [...POPULATION, ...(extras.people ?? [])]) person.run(z.parse(Person, p))
    for (const e of [...MARKET_ENTITIES, ...(extras.entities ?? [])]) entity.run(z.parse(Entity, e))
  })()
}
