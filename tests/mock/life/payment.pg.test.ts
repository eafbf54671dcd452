import { createUtilityRepo } from '../../../mock/modules/life/repository'
import { addUser, burst, threeInstances } from '../../support/three-instances'

test('one bill, 60 payments sent at once from three instances: one is stored', async () => {
  const { sqls, close } = await threeInstances()
  try {
    const [first] = sqls
    await addUser(first)
    await first
      .insertInto('utility_accounts')
      .values({
        id: 'water-1',
        kind: 'water',
        number: '1234567890',
        holder: '张*',
        address: '幸福路1号',
        phone: '13800000000',
      })
      .execute()
    await first
      .insertInto('utility_bills')
      .values({
        id: 'bill-1',
        account_id: 'water-1',
        period: '2026-02',
        description: '2月水费',
        amount_cents: 4560,
        due_date: '2026-03-20',
      })
      .execute()
    const results = await burst(60, sqls, (sql, i) =>
      createUtilityRepo(sql).insertPayment({
        id: `pay-${i}`,
        bill_id: 'bill-1',
        user_id: 'u1',
        amount_cents: 4560,
        receipt_no: `SBX${i}`,
        channel: 'sandbox',
        paid_at: '2026-03-03T01:00:00Z',
      }),
    )
    expect(results.every((r) => r.status === 'fulfilled')).toBe(true)
    expect(results.filter((r) => r.status === 'fulfilled' && r.value)).toHaveLength(1)
    const [bill] = await createUtilityRepo(first).bills('water-1')
    expect(bill?.payment_id).toMatch(/^pay-/)
  } finally {
    await close()
  }
})
