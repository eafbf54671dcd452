import type { AuditEntry } from '../../../../src/services/contract'
import {
  EMPTY_GRANT,
  awaitsAnswer,
  codePanel,
  auditSentence,
  chosenItems,
  dayChoices,
  grantRequest,
  itemsText,
  nextStep,
  previousStep,
  statusText,
  suggestions,
  toggleItem,
} from '../../../../src/features/family/model'

// Dates leave out the year only in the current year: pin “now” to 2026.
beforeAll(() => jest.useFakeTimers({ now: new Date('2026-06-01T12:00:00+08:00') }))
afterAll(() => jest.useRealTimers())

const item = (id: string) => ({ id, name: `事项${id}` })

test('a 帮办员 grant skips the person question, both ways', () => {
  expect(nextStep('who', 'helper')).toBe('items')
  expect(previousStep('items', 'helper')).toBe('who')
  expect(nextStep('who', 'relative')).toBe('person')
  expect(previousStep('who', 'relative')).toBeNull()
})

test('items are toggled, capped at 10 and survive the flat draft', () => {
  let chosen = toggleItem([], item('a'))
  chosen = toggleItem(chosen, item('b'))
  expect(chosenItems({ items: itemsText(chosen) })).toEqual([item('a'), item('b')])
  expect(toggleItem(chosen, item('a'))).toEqual([item('b')])
  const ten = Array.from({ length: 10 }, (_, i) => item(String(i)))
  expect(toggleItem(ten, item('x'))).toHaveLength(10)
})

test('suggestions list favourites first and each item once', () => {
  const summary = (id: string) =>
    ({ ...item(id), code: '', type: '个人', category: '', department: '' }) as never
  expect(suggestions([summary('f')], [summary('b'), summary('f')]).map((i) => i.id)).toEqual([
    'f',
    'b',
  ])
})

test('the request carries the relative or nothing for a 帮办员; unknown relations are dropped', () => {
  const draft = { ...EMPTY_GRANT, kind: 'relative', name: ' 李明 ', relation: '孙子', days: '7' }
  expect(grantRequest({ ...draft, items: itemsText([item('a')]) })).toEqual({
    granteeKind: 'relative',
    granteeName: '李明',
    relation: '孙子',
    itemIds: ['a'],
    days: 7,
  })
  expect(grantRequest({ ...draft, relation: '邻居' }).relation).toBeUndefined()
  expect(grantRequest({ ...draft, kind: 'helper' })).not.toHaveProperty('granteeName')
})

test('each duration says the date it ends', () => {
  expect(dayChoices(new Date('2026-03-02T09:00:00+08:00'))[1]).toEqual({
    value: '7',
    label: '7天',
    description: '到3月9日 周一 09:00为止',
  })
})

test('status in words', () => {
  const grant = { validUntil: '2026-03-09T01:00:00.000Z', revokedAt: null }
  expect(statusText({ ...grant, status: 'pending' })).toBe('待对方确认')
  expect(statusText({ ...grant, status: 'active' })).toBe('生效中，到3月9日 周一 09:00为止')
  expect(statusText({ ...grant, status: 'expired' })).toBe('已过期（3月9日 周一 09:00到期）')
})

test('the audit trail reads from either side', () => {
  const entry: AuditEntry = {
    id: '1',
    at: '2026-03-02T01:00:00.000Z',
    grantId: 'g',
    action: 'booked',
    byGrantor: false,
    granteeName: '李*',
    grantorName: '张*芳',
    itemName: '社保卡申领',
    targetId: 'b',
  }
  expect(auditSentence(entry, 'grantor')).toBe('李* 为您预约了“社保卡申领”')
  expect(auditSentence(entry, 'grantee')).toBe('您为 张*芳 预约了“社保卡申领”')
  expect(
    auditSentence({ ...entry, action: 'revoked', byGrantor: true, itemName: null }, 'grantor'),
  ).toBe('您撤销了授权（给李*）')
})

test('the code page shows one answer: the code while pending, never “confirmed” once revoked', () => {
  const code = {
    digits: '12345678',
    link: 'l',
    expiresAt: '2026-03-02T02:00:00.000Z',
    expired: false,
  }
  expect(codePanel({ status: 'pending', code })).toBe('code')
  expect(codePanel({ status: 'active', code: null })).toBe('accepted')
  expect(codePanel({ status: 'revoked', code: null })).toBe('revoked')
  expect(codePanel({ status: 'revoked', code })).toBe('revoked')
  expect(codePanel({ status: 'expired', code: null })).toBe('expired')
  expect([awaitsAnswer({ status: 'pending' }), awaitsAnswer({ status: 'active' })]).toEqual([
    true,
    false,
  ])
})
