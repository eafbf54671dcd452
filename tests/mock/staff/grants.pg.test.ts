import { ApiError } from '../../../mock/http/errors'
import { revokeRole } from '../../../mock/modules/staff/grant'
import { createRoleRepo } from '../../../mock/modules/staff/repository'
import { addUser, burst, threeInstances } from '../../support/three-instances'

const at = '2026-03-02T01:00:00.000Z'

test('one role granted 50 times at once on three instances: one live grant, one audit row', async () => {
  const { sqls, close } = await threeInstances()
  try {
    await addUser(sqls[0], 'admin')
    await addUser(sqls[0], 'clerk')
    const results = await burst(50, sqls, (sql) =>
      createRoleRepo(sql).transaction(() =>
        createRoleRepo(sql).grant({
          user_id: 'clerk',
          kind: 'window',
          scope_id: 'sp-qs-center',
          granted_by: 'admin',
          granted_at: at,
        }),
      ),
    )
    expect(results.filter((r) => r.status === 'rejected')).toEqual([])
    // `grantRole` answers the undefined ones 409 ROLE_ALREADY_GRANTED.
    const granted = results.filter((r) => r.status === 'fulfilled' && r.value !== undefined)
    expect(granted).toHaveLength(1)
    const roles = createRoleRepo(sqls[0])
    expect(await roles.list('clerk', true)).toHaveLength(1)
    expect(await roles.audit('clerk')).toHaveLength(1)
  } finally {
    await close()
  }
})

test('one grant revoked 50 times at once: revoked once, audited once, the rest told 409', async () => {
  const { sqls, close } = await threeInstances()
  try {
    await addUser(sqls[0], 'admin')
    await addUser(sqls[0], 'clerk')
    const roles = createRoleRepo(sqls[0])
    const grant = await roles.grant({
      user_id: 'clerk',
      kind: 'helper',
      scope_id: null,
      granted_by: 'admin',
      granted_at: at,
    })
    const results = await burst(50, sqls, (sql) =>
      revokeRole({ roles: createRoleRepo(sql) }, 'admin', grant?.id ?? '', new Date(at)),
    )
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    const refused = results.flatMap((r) =>
      r.status === 'rejected' && r.reason instanceof ApiError ? [r.reason.code] : [],
    )
    expect(refused).toEqual(Array.from({ length: 49 }, () => 'ROLE_ALREADY_REVOKED'))
    expect((await roles.audit('clerk')).map((a) => a.action)).toEqual(['revoked', 'granted'])
  } finally {
    await close()
  }
})
