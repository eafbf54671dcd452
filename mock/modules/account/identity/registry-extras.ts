import * as z from 'zod/mini'
import type { Sql } from '../../../db/engine'
import { Entity, Person, type RegistryExtras } from './registry'

/** Adds (or updates) extra fictional 人口库 / 市场主体 records at start: tests and local demos. */
export async function addRegistryExtras(sql: Sql, extras: RegistryExtras): Promise<void> {
  for (const p of extras.people ?? []) {
    const person = z.parse(Person, p)
    const row = {
      name: person.name,
      phone: person.phone,
      address: person.address,
      id_card_issued_on: person.idCardIssuedOn,
      id_card_valid_until: person.idCardValidUntil,
    }
    await sql
      .insertInto('population_registry')
      .values({ id_number: person.idNumber, ...row })
      .onConflict((oc) => oc.column('id_number').doUpdateSet(row))
      .execute()
  }
  for (const e of extras.entities ?? []) {
    const entity = z.parse(Entity, e)
    const row = {
      name: entity.name,
      kind: entity.kind,
      legal_rep_name: entity.legalRepName,
      legal_rep_id_number: entity.legalRepIdNumber,
      founded_on: entity.foundedOn,
    }
    await sql
      .insertInto('market_entities')
      .values({ uscc: entity.uscc, ...row })
      .onConflict((oc) => oc.column('uscc').doUpdateSet(row))
      .execute()
  }
}
