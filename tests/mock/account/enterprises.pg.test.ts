import {
  MAX_ENTERPRISES,
  bindAsLegalRepresentative,
} from '../../../mock/modules/account/identity/enterprise-binding'
import { createIdempotency } from '../../../mock/http/idempotency'
import { burst } from '../../support/three-instances'
import { accountInstances, refusals } from './instances'

const now = new Date('2026-03-02T01:00:00.000Z')
const REP = { name: '张法人', idNumber: '150204198001010012' }
const FIRMS = Array.from({ length: 15 }, (_, i) => ({
  uscc: `91150204MA0N${String(i).padStart(5, '0')}X`,
  name: `包头市青山区示例${i}号有限公司`,
}))

test(`60 binds of 15 firms at once by one 法定代表人: ${MAX_ENTERPRISES} are bound`, async () => {
  const { sqls, repos, close } = await accountInstances()
  try {
    await sqls[0]
      .insertInto('users')
      .values({
        id: 'rep',
        openid: 'o-rep',
        nickname: 'rep',
        created_at: 't',
        real_name: REP.name,
        id_number: REP.idNumber,
      })
      .execute()
    await sqls[0]
      .insertInto('market_entities')
      .values(
        FIRMS.map((f) => ({
          ...f,
          kind: '有限责任公司',
          legal_rep_name: REP.name,
          legal_rep_id_number: REP.idNumber,
          founded_on: '2020-01-01',
        })),
      )
      .execute()
    // As the handler runs: inside the transaction that claims its Idempotency-Key.
    const once = sqls.map((sql, i) => createIdempotency(sql, repos[i]!.idempotency, () => now))
    const results = await burst(60, sqls, (_sql, i) =>
      once[i % 3]!({ userId: 'rep', key: `bind-key-${i}`, hash: 'h' }, async () => {
        await bindAsLegalRepresentative(repos[i % 3]!, 'rep', FIRMS[i % FIRMS.length]!, now)
        return { statusCode: 201, json: '{}' }
      }),
    )
    const bound = await repos[1]!.enterprises.listByUser('rep', now)
    expect(bound).toHaveLength(MAX_ENTERPRISES)
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(MAX_ENTERPRISES)
    const codes = Object.keys(refusals(results)).sort()
    expect(codes).toEqual(['ENTERPRISE_ALREADY_BOUND', 'ENTERPRISE_LIMIT_REACHED'])
  } finally {
    await close()
  }
})
