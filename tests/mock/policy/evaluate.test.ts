import {
  evaluate,
  flatten,
  matchStatus,
  metCount,
  plan,
  testLeaf,
} from '../../../mock/modules/policy/evaluate'
import type { Condition, Facts, Leaf } from '../../../mock/modules/policy/types'

const staffAtLeast10: Leaf = { fact: 'staff', op: 'gte', value: 10, clause: '从业人数不少于10人' }

describe('operators', () => {
  it.each([
    ['gte', 10, 10, 'met'],
    ['gte', 10, 9, 'unmet'],
    ['gt', 10, 10, 'unmet'],
    ['gt', 10, 11, 'met'],
    ['lte', 300, 300, 'met'],
    ['lte', 300, 301, 'unmet'],
    ['lt', 36, 35, 'met'],
    ['lt', 36, 36, 'unmet'],
  ] as const)('%s %d against %d is %s', (op, value, actual, expected) => {
    expect(testLeaf({ fact: 'staff', op, value, clause: 'c' }, { staff: actual })).toBe(expected)
  })

  it('between includes both ends', () => {
    const leaf: Leaf = { fact: 'revenue', op: 'between', value: [5000, 20000], clause: 'c' }
    expect([4999.99, 5000, 20000, 20000.01].map((revenue) => testLeaf(leaf, { revenue }))).toEqual([
      'unmet',
      'met',
      'met',
      'unmet',
    ])
  })

  it('in / notIn over enum facts', () => {
    const inLeaf: Leaf = { fact: 'taxCredit', op: 'in', value: ['A', 'B'], clause: 'c' }
    const notIn: Leaf = { fact: 'taxCredit', op: 'notIn', value: ['D'], clause: 'c' }
    expect(testLeaf(inLeaf, { taxCredit: 'B' })).toBe('met')
    expect(testLeaf(inLeaf, { taxCredit: 'M' })).toBe('unmet')
    expect(testLeaf(notIn, { taxCredit: 'D' })).toBe('unmet')
    expect(testLeaf(notIn, { taxCredit: 'C' })).toBe('met')
  })

  it('hasAll / hasAny / hasNone over the qualification set', () => {
    const q = (op: 'hasAll' | 'hasAny' | 'hasNone'): Leaf => ({
      fact: 'qualifications',
      op,
      value: ['hitech', 'srdi'],
      clause: 'c',
    })
    const facts: Facts = { qualifications: ['hitech'] }
    expect(testLeaf(q('hasAll'), facts)).toBe('unmet')
    expect(testLeaf(q('hasAny'), facts)).toBe('met')
    expect(testLeaf(q('hasNone'), facts)).toBe('unmet')
    expect(testLeaf(q('hasNone'), { qualifications: [] })).toBe('met')
    expect(testLeaf(q('hasAll'), { qualifications: ['srdi', 'hitech', 'tech_sme'] })).toBe('met')
  })

  it('is over a yes/no fact', () => {
    const leaf: Leaf = { fact: 'insurancePaid', op: 'is', value: true, clause: 'c' }
    expect(testLeaf(leaf, { insurancePaid: true })).toBe('met')
    expect(testLeaf(leaf, { insurancePaid: false })).toBe('unmet')
  })

  it('not turns a leaf into its opposite with its own wording', () => {
    const condition: Condition = {
      not: { fact: 'taxCredit', op: 'in', value: ['D'], clause: '为D级' },
      clause: '不为D级',
    }
    const root = evaluate(condition, { taxCredit: 'D' })
    expect(root.status).toBe('unmet')
    expect(flatten(root, { taxCredit: 'D' })[0]).toMatchObject({
      clause: '不为D级',
      status: 'unmet',
    })
    expect(evaluate(condition, { taxCredit: 'A' }).status).toBe('met')
  })
})

describe('missing facts', () => {
  it('a missing fact is 需补充信息, never 不符合', () => {
    expect(testLeaf(staffAtLeast10, {})).toBe('unknown')
    expect(matchStatus(evaluate(staffAtLeast10, {}), 0)).toBe('info')
    expect(
      matchStatus(
        evaluate(
          { all: [staffAtLeast10, { fact: 'insurancePaid', op: 'is', value: true, clause: 'c' }] },
          { insurancePaid: true },
        ),
        1,
      ),
    ).toBe('info')
  })

  it('a definite failure outweighs a missing fact in "all"', () => {
    const root = evaluate(
      { all: [staffAtLeast10, { fact: 'section', op: 'in', value: ['C'], clause: '制造业' }] },
      { section: 'F' },
    )
    expect(root.status).toBe('unmet')
  })

  it('one met branch of "any" is enough even when others are unknown', () => {
    const root = evaluate(
      { any: [staffAtLeast10, { fact: 'revenue', op: 'gte', value: 100, clause: 'c' }] },
      { revenue: 200 },
    )
    expect(root.status).toBe('met')
  })
})

describe('smallest change', () => {
  const run = (condition: Condition, facts: Facts) => {
    const root = evaluate(condition, facts)
    return { status: matchStatus(root, metCount(root)), plan: plan(root, facts) }
  }

  it('a policy with none of its conditions met is 不符合, however near', () => {
    const twoLeaves: Condition = {
      all: [
        staffAtLeast10,
        { fact: 'revenue', op: 'gte', value: 100, clause: '营业收入不少于100万元' },
      ],
    }
    expect(run(twoLeaves, { staff: 9, revenue: 99 }).status).toBe('none')
    expect(run(twoLeaves, { staff: 10, revenue: 99 }).status).toBe('partial')
  })

  it('says how many more staff a ≥ rule needs', () => {
    expect(run(staffAtLeast10, { staff: 8 })).toEqual({
      status: 'none', // 0 of 1 met: not 部分符合, though one change away
      plan: ['从业人数再增加2人即可'],
    })
  })

  it('counts one past the bound for an integer "more than"', () => {
    expect(run({ fact: 'staff', op: 'gt', value: 10, clause: 'c' }, { staff: 10 }).plan).toEqual([
      '从业人数再增加1人即可',
    ])
  })

  it('uses cents for money and lowers a rate that must fall', () => {
    expect(
      run({ fact: 'revenue', op: 'gte', value: 1000, clause: 'c' }, { revenue: 300.5 }).plan,
    ).toEqual(['上年度营业收入再增加699.5万元即可'])
    expect(
      run({ fact: 'layoffRate', op: 'lte', value: 5.5, clause: 'c' }, { layoffRate: 8 }).plan,
    ).toEqual(['上年度裁员率再降低2.5%即可（降到5.5%）'])
    expect(
      run({ fact: 'rdRatio', op: 'between', value: [3, 10], clause: 'c' }, { rdRatio: 2.4 }).plan,
    ).toEqual(['研发费用占营业收入比例再增加0.6%即可'])
  })

  it('names only the missing qualifications of a set rule', () => {
    expect(
      run(
        { fact: 'qualifications', op: 'hasAll', value: ['hitech', 'srdi'], clause: 'c' },
        { qualifications: ['srdi'] },
      ).plan,
    ).toEqual(['取得高新技术企业认定即可'])
    expect(
      run(
        { fact: 'qualifications', op: 'hasAny', value: ['srdi', 'little_giant'], clause: 'c' },
        { qualifications: [] },
      ).plan,
    ).toEqual(['取得专精特新中小企业或专精特新“小巨人”企业中任一项认定即可'])
  })

  it('picks the cheapest branch of "any" and suggests nothing that cannot sensibly change', () => {
    const cheapest = run(
      {
        any: [
          { all: [staffAtLeast10, { fact: 'revenue', op: 'gte', value: 500, clause: 'c' }] },
          { fact: 'graduates', op: 'gte', value: 3, clause: 'c' },
        ],
      },
      { staff: 5, revenue: 100, graduates: 1 },
    )
    expect(cheapest.plan).toEqual(['新招用高校毕业生再增加2人即可'])
    expect(
      run({ fact: 'section', op: 'in', value: ['C'], clause: '制造业' }, { section: 'F' }),
    ).toEqual({
      status: 'none',
      plan: [],
    })
    expect(run({ fact: 'staff', op: 'lte', value: 300, clause: 'c' }, { staff: 301 }).status).toBe(
      'none',
    )
  })

  it('more than two changes away is 不符合, not a near miss', () => {
    const root = evaluate(
      {
        all: ['staff', 'graduates', 'veterans'].map(
          (fact) => ({ fact, op: 'gte', value: 5, clause: 'c' }) as Leaf,
        ),
      },
      { staff: 1, graduates: 1, veterans: 1 },
    )
    expect(matchStatus(root, metCount(root))).toBe('none')
  })
})
