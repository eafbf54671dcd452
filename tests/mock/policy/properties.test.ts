import fc from 'fast-check'
import {
  QINGSHAN_STREETS,
  QUALIFICATIONS,
  TAX_CREDITS,
  sectionOf,
} from '../../../src/services/contract'
import { POLICIES } from '../../../mock/modules/policy/data'
import {
  MATCH_RANK,
  evaluate,
  leaves,
  matchStatus,
  metCount,
  quickEvaluate,
  testLeaf,
  type Evaluated,
} from '../../../mock/modules/policy/evaluate'
import type { Facts, Leaf } from '../../../mock/modules/policy/types'

const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined })

const factsArb: fc.Arbitrary<Facts> = fc
  .record({
    division: opt(fc.integer({ min: 1, max: 97 }).map((n) => String(n).padStart(2, '0'))),
    staff: opt(fc.integer({ min: 0, max: 2000 })),
    revenue: opt(fc.integer({ min: 0, max: 5_000_000 }).map((n) => n / 100)),
    capital: opt(fc.integer({ min: 0, max: 100_000 })),
    ageMonths: opt(fc.integer({ min: 0, max: 600 })),
    graduates: opt(fc.integer({ min: 0, max: 20 })),
    veterans: opt(fc.integer({ min: 0, max: 20 })),
    hardToEmploy: opt(fc.integer({ min: 0, max: 20 })),
    layoffRate: opt(fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100)),
    rdRatio: opt(fc.integer({ min: 0, max: 3000 }).map((n) => n / 100)),
    size: opt(fc.constantFrom('large', 'medium', 'small', 'micro')),
    street: opt(fc.constantFrom(...QINGSHAN_STREETS)),
    taxCredit: opt(fc.constantFrom(...TAX_CREDITS)),
    qualifications: opt(fc.subarray(QUALIFICATIONS.map((q) => q.value))),
    insurancePaid: opt(fc.boolean()),
  })
  .map(({ division, ...rest }) => {
    const facts: Facts = {}
    for (const [key, value] of Object.entries(rest)) {
      if (value !== undefined) Object.assign(facts, { [key]: value })
    }
    if (division !== undefined) Object.assign(facts, { division, section: sectionOf(division) })
    return facts
  })

const policyArb = fc.constantFrom(...POLICIES)

/** A value of the leaf's fact that meets it. */
function meetingValue(leaf: Leaf): Facts[keyof Facts] {
  switch (leaf.op) {
    case 'gte':
    case 'lte':
      return leaf.value
    case 'gt':
      return leaf.value + 1
    case 'lt':
      return leaf.value - 1
    case 'between':
      return leaf.value[0]
    case 'in':
      return leaf.value[0]
    case 'notIn':
      return [
        'A',
        'B',
        'M',
        'C',
        'D',
        'large',
        'medium',
        'small',
        'micro',
        ...QINGSHAN_STREETS,
        '01',
        '13',
        '65',
      ].find((v) => !leaf.value.includes(v))
    case 'hasAll':
      return leaf.value
    case 'hasAny':
      return [leaf.value[0] ?? '']
    case 'hasNone':
      return []
    case 'is':
      return leaf.value
  }
}

/** Re-tests every listed condition from scratch, not trusting the stored statuses. */
function passes(node: Evaluated, facts: Facts): boolean {
  if (node.kind === 'leaf') return testLeaf(node.leaf, facts) === 'met'
  return node.kind === 'all'
    ? node.children.every((c) => passes(c, facts))
    : node.children.some((c) => passes(c, facts))
}

describe('matching properties', () => {
  it('the list’s tree-less evaluation agrees with the full one', () => {
    fc.assert(
      fc.property(policyArb, factsArb, (policy, facts) => {
        const tally = { met: 0, total: 0, missing: [] as string[] }
        const quick = quickEvaluate(policy.condition, facts, tally)
        const root = evaluate(policy.condition, facts)
        const all = leaves(root)
        expect(quick).toEqual({ status: root.status, cost: root.cost })
        expect(tally.met).toBe(all.filter((l) => l.status === 'met').length)
        expect(tally.total).toBe(all.length)
      }),
      { numRuns: 2000 },
    )
  })

  it('adding a fact that meets its conditions never lowers a policy’s result', () => {
    fc.assert(
      fc.property(policyArb, factsArb, fc.nat(), (policy, facts, pick) => {
        const allLeaves = leaves(evaluate(policy.condition, {})).map((l) => l.leaf)
        const leaf = allLeaves[pick % allLeaves.length] as Leaf
        const value = meetingValue(leaf)
        const after: Facts = { ...facts, [leaf.fact]: value }
        const sameFact = allLeaves.filter((l) => l.fact === leaf.fact)
        fc.pre(sameFact.every((l) => testLeaf(l, after) === 'met'))
        const rootBefore = evaluate(policy.condition, facts)
        const before = matchStatus(rootBefore, metCount(rootBefore))
        const rootAfter = evaluate(policy.condition, after)
        const now = matchStatus(rootAfter, metCount(rootAfter))
        expect(MATCH_RANK[now]).toBeGreaterThanOrEqual(MATCH_RANK[before])
      }),
      { numRuns: 3000 },
    )
  })

  it('a full match passes every condition it lists', () => {
    let full = 0
    fc.assert(
      fc.property(policyArb, factsArb, (policy, facts) => {
        const root = evaluate(policy.condition, facts)
        if (matchStatus(root, metCount(root)) !== 'full') return
        full += 1
        expect(passes(root, facts)).toBe(true)
      }),
      { numRuns: 3000 },
    )
    // The property must have been exercised, not vacuously true.
    expect(full).toBeGreaterThan(50)
  })

  it('never reports 不符合 because of a missing fact alone', () => {
    fc.assert(
      fc.property(policyArb, factsArb, (policy, facts) => {
        const root = evaluate(policy.condition, facts)
        if (leaves(root).every((l) => l.status !== 'unmet')) {
          expect(['full', 'info']).toContain(matchStatus(root, metCount(root)))
        }
      }),
      { numRuns: 2000 },
    )
  })
})
