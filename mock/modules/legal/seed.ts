import type Database from 'better-sqlite3'
import type { LegalTopicId } from '../../../src/services/contract'
import { staffAccounts } from '../staff/seed-accounts'

interface LawyerSeed {
  id: string
  /** Signs in with `dev:<handle>` (H5 device id), see mock/README.md. */
  handle: string
  name: string
  firm: string
  specialties: LegalTopicId[]
  years: number
  intro: string
}

/** Sample duty lawyers of the district's 公共法律服务中心 (fictional people). */
export const LAWYER_SEED: readonly LawyerSeed[] = [
  {
    id: 'lawyer-1',
    handle: 'lawyer-1',
    name: '王建华',
    firm: '青山区公共法律服务中心（值班律师）',
    specialties: ['labor', 'contract'],
    years: 12,
    intro: '长期办理劳动争议和欠薪案件，熟悉劳动仲裁程序。',
  },
  {
    id: 'lawyer-2',
    handle: 'lawyer-2',
    name: '刘雅琴',
    firm: '青山区公共法律服务中心（值班律师）',
    specialties: ['family', 'tenancy'],
    years: 9,
    intro: '擅长婚姻家庭、继承和房屋租赁纠纷的调解与诉讼。',
  },
  {
    id: 'lawyer-3',
    handle: 'lawyer-3',
    name: '赵志刚',
    firm: '青山区法律援助中心（援助律师）',
    specialties: ['traffic', 'consumer', 'contract'],
    years: 15,
    intro: '办理交通事故人身损害赔偿和消费维权案件，熟悉保险理赔。',
  },
]

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
