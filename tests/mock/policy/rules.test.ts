import { EMPTY_PROFILE_FORM } from '../../../src/services/contract'
import { POLICIES } from '../../../mock/modules/policy/data'
import { monthsBetween, profileFacts } from '../../../mock/modules/policy/facts'
import { nextDeadline } from '../../../mock/modules/policy/match'
import { registrationOf } from '../../../mock/modules/policy/registration'
import { classifySize } from '../../../mock/modules/policy/size'
import { loadPolicies, policyErrors } from '../../../mock/modules/policy/validate'
import type { PolicySeed } from '../../../mock/modules/policy/types'

const base = POLICIES[0] as PolicySeed

describe('the policy set', () => {
  it('has at least 60 valid policies over all four levels', () => {
    expect(POLICIES.length).toBeGreaterThanOrEqual(60)
    expect(policyErrors(POLICIES)).toEqual([])
    expect(new Set(POLICIES.map((p) => p.level))).toEqual(
      new Set(['national', 'region', 'city', 'district']),
    )
  })

  it('rejects bad rules at load with every problem named', () => {
    const bad: PolicySeed[] = [
      {
        ...base,
        id: 'x1',
        condition: { fact: 'staff', op: 'in', value: ['1'], clause: 'c' } as never,
      },
      {
        ...base,
        id: 'x2',
        condition: { fact: 'wealth', op: 'gte', value: 1, clause: 'c' } as never,
      },
      { ...base, id: 'x3', condition: { all: [] } },
      {
        ...base,
        id: 'x4',
        condition: { fact: 'qualifications', op: 'hasAny', value: ['nobel'], clause: 'c' },
      },
      {
        ...base,
        id: 'x5',
        condition: {
          not: { fact: 'revenue', op: 'between', value: [1, 2], clause: 'c' },
          clause: 'n',
        },
      },
      { ...base, id: 'x6', condition: { fact: 'staff', op: 'gte', value: 1, clause: '' } },
      {
        ...base,
        id: 'x6',
        mode: 'auto',
        deadline: '13-40',
        condition: { fact: 'staff', op: 'gte', value: 1, clause: 'c' },
      },
      { ...base, id: 'x7', mode: 'auto', summary: '取得证书后自行申报享受。' },
      { ...base, id: 'x8', mode: 'apply', summary: '免申即享，无需申请。' },
    ]
    const errors = policyErrors(bad)
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^x1: 数值条件不支持 in/),
        expect.stringMatching(/^x2: 未知的企业信息 wealth/),
        expect.stringMatching(/^x3\.all: 不能为空/),
        expect.stringMatching(/^x4: 资质代码不正确/),
        expect.stringMatching(/^x5: 该运算符不能取反/),
        expect.stringMatching(/^x6: 缺少条款原文/),
        expect.stringMatching(/^x6: 政策编号重复/),
        expect.stringMatching(/^x6: 截止日期应为 MM-DD/),
        // A page never says both 免申即享 and 自行申报.
        expect.stringMatching(/^x7: 免申即享政策的说明里不能出现“自行申报”/),
        expect.stringMatching(/^x8: 自行申报政策的说明里不能出现“免申”/),
      ]),
    )
    expect(() => loadPolicies(bad)).toThrow(/政策规则有误/)
  })
})

describe('facts from the profile', () => {
  it('blank answers are missing facts, "none" is an empty qualification set', () => {
    expect(profileFacts(EMPTY_PROFILE_FORM, new Date())).toEqual({})
    expect(profileFacts({ ...EMPTY_PROFILE_FORM, qualifications: 'none' }, new Date())).toEqual({
      qualifications: [],
    })
  })

  it('counts whole months since founding in Shanghai time', () => {
    expect(monthsBetween('2023-05-31', '2026-05-30')).toBe(35)
    expect(monthsBetween('2023-05-31', '2026-05-31')).toBe(36)
    const facts = profileFacts(
      { ...EMPTY_PROFILE_FORM, foundedOn: '2025-11-27' },
      new Date('2026-11-26T16:30:00Z'),
    )
    expect(facts.ageMonths).toBe(12)
  })

  it('classifies size by the national 划型标准', () => {
    expect(classifySize({ section: 'C', division: '33', staff: 19, revenue: 5000 })).toBe('micro')
    expect(classifySize({ section: 'C', division: '33', staff: 20, revenue: 300 })).toBe('small')
    expect(classifySize({ section: 'C', division: '33', staff: 300, revenue: 2000 })).toBe('medium')
    expect(classifySize({ section: 'F', division: '52', staff: 10, revenue: 100 })).toBe('small')
    expect(classifySize({ section: 'I', division: '65', staff: 8, revenue: 300 })).toBe('micro')
    expect(classifySize({ section: 'L', division: '72', staff: 120 })).toBe('medium')
    expect(classifySize({ section: 'C', division: '33', staff: 50 })).toBeUndefined()
  })

  it('rolls a yearly deadline to next year once passed', () => {
    expect(nextDeadline('06-30', '2026-06-30')).toBe('2026-06-30')
    expect(nextDeadline('06-30', '2026-07-01')).toBe('2027-06-30')
  })

  it('reads registrar, type and region from the USCC', () => {
    expect(registrationOf('91150204MA0N123456')).toEqual([
      { label: '登记管理部门', value: '市场监督管理部门' },
      { label: '机构类别', value: '企业' },
      { label: '登记机关行政区划', value: '内蒙古自治区包头市青山区（150204）' },
    ])
  })
})
