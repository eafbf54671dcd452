import type { Sql } from '../../../mock/db/engine'
import { createCaseRepo } from '../../../mock/modules/cases/repository'
import type { Filing } from '../../../mock/modules/cases/intake'
import { createRoleRepo } from '../../../mock/modules/staff/repository'
import { addUser } from '../../support/three-instances'

/** What the 帮办员's steps need, on one instance. */
export const staffRepos = (sql: Sql) => ({ cases: createCaseRepo(sql), roles: createRoleRepo(sql) })

/** A 帮办员 as the seed makes one: a user, the profile and a live helper grant. */
export async function addHelper(sql: Sql, id: string, name: string): Promise<void> {
  await addUser(sql, id)
  await createCaseRepo(sql).upsertHelper({
    user_id: id,
    name,
    desk: '帮办代办窗口',
    phone: '0472-3360123',
  })
  await createRoleRepo(sql).seedGrant(id, 'helper', null, '2026-03-01T00:00:00Z')
}

export const filing = (userId: string): Filing => ({
  user_id: userId,
  source_kind: 'item',
  source_id: 'item-1',
  title: '个体工商户设立登记',
  promised_days: 3,
  applicant: '张三',
  fields_json: '[]',
  materials_json: '[]',
})
