import { createLicenceRepo, type LicenceRow } from '../../../mock/modules/ecert/repository'
import { burst, threeInstances } from '../../support/three-instances'

const idCard = (id: string): LicenceRow => ({
  id,
  kind: 'id_card',
  holder_kind: 'person',
  holder_code: '150204198503123156',
  holder_name: '王志强',
  number: '150204198503123156',
  issuer: '包头市公安局青山区分局',
  issued_on: '2015-06-01',
  valid_until: '2035-06-01',
  facts_json: '[]',
})

test('a 居民身份证 issued by 60 concurrent first visits to the wallet exists once', async () => {
  const { sqls, close } = await threeInstances()
  try {
    const results = await burst(60, sqls, (sql, i) =>
      createLicenceRepo(sql).issue(idCard(`lic_${i}`)),
    )
    expect(results.every((r) => r.status === 'fulfilled')).toBe(true)
    const issued = results.filter((r) => r.status === 'fulfilled' && r.value)
    expect(issued).toHaveLength(1)
    const held = await createLicenceRepo(sqls[1]).ofHolder('person', '150204198503123156', '王志强')
    expect(held.map((l) => l.kind)).toEqual(['id_card'])
  } finally {
    await close()
  }
})
