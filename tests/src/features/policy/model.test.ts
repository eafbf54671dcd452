import {
  daysLeftLabel,
  groupByMonth,
  groupByStatus,
  qualificationSet,
  toggleQualification,
} from '../../../../src/features/policy/model'
import type { PolicyMatch } from '../../../../src/services/contract'

const match = (id: string, status: PolicyMatch['status']): PolicyMatch => ({
  policy: {
    id,
    title: id,
    level: 'district',
    department: 'd',
    category: 'c',
    mode: 'apply',
    amount: 'a',
    deadline: null,
    publishedOn: '2026-01-01',
  },
  status,
  met: 0,
  total: 1,
  suggestions: [],
  missing: [],
})

test('groups matches in the order 完全符合, 需补充信息, 部分符合, 不符合, skipping empty ones', () => {
  const groups = groupByStatus([match('a', 'none'), match('b', 'full'), match('c', 'partial')])
  expect(groups.map((g) => [g.status, g.items.map((i) => i.policy.id)])).toEqual([
    ['full', ['b']],
    ['partial', ['c']],
    ['none', ['a']],
  ])
})

test('qualifications: "none" excludes the others, and ticking twice unticks', () => {
  expect(toggleQualification('', 'hitech')).toBe('hitech')
  expect(toggleQualification('hitech', 'srdi')).toBe('hitech,srdi')
  expect(toggleQualification('hitech,srdi', 'hitech')).toBe('srdi')
  expect(toggleQualification('hitech,srdi', 'none')).toBe('none')
  expect(toggleQualification('none', 'tech_sme')).toBe('tech_sme')
  expect(toggleQualification('none', 'none')).toBe('')
  expect(qualificationSet('none')).toEqual([])
})

test('deadlines read in words and group by month', () => {
  expect([-1, 0, 12].map(daysLeftLabel)).toEqual(['已截止', '今天截止', '还剩12天'])
  const groups = groupByMonth([
    { deadline: '2026-11-30' },
    { deadline: '2026-11-30' },
    { deadline: '2026-12-05' },
  ])
  expect(groups.map((g) => [g.month, g.entries.length])).toEqual([
    ['2026年11月', 2],
    ['2026年12月', 1],
  ])
})
