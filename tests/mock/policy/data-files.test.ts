import { loadPolicyFile } from '../../../mock/modules/policy/data'
import city from '../../../mock/modules/policy/data/city.json'

/** Policies are data files: a wrong one stops the load with its file and its policy named. */
describe('policy data files', () => {
  const withPolicy = (index: number, patch: Record<string, unknown>): unknown => ({
    ...city,
    policies: city.policies.map((p, i) => (i === index ? { ...p, ...patch } : p)),
  })
  const id = city.policies[2]?.id ?? ''

  it('load with the 12345 contact filled in where a policy names none', () => {
    const policies = loadPolicyFile('city', city)
    expect(policies).toHaveLength(city.policies.length)
    expect(policies.every((p) => p.contact.length > 0)).toBe(true)
  })

  it('names the file and the policy of a value of the wrong shape', () => {
    expect(() => loadPolicyFile('city', withPolicy(2, { level: 'county' }))).toThrow(
      new RegExp(`policy/data/city\\.json[\\s\\S]*policies\\[2\\]\\.level \\(${id}\\)`),
    )
  })

  it('names the file and the policy of a condition on an unknown value', () => {
    const condition = { fact: 'size', op: 'in', value: ['huge'], clause: '属于巨型企业' }
    expect(() => loadPolicyFile('city', withPolicy(2, { condition }))).toThrow(
      new RegExp(`policy/data/city\\.json[\\s\\S]*${id}`),
    )
  })

  it('requires the policy document each policy is based on', () => {
    expect(() => loadPolicyFile('city', withPolicy(0, { basis: '' }))).toThrow(
      /policies\[0\]\.basis/,
    )
  })
})
