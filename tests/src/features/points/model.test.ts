import type { OpeningDay } from '../../../../src/services/contract'
import { groupByKind } from '../../../../src/features/points/model'
import { hoursLines, openStatus } from '../../../../src/utils/opening-hours'

const office = [1, 2, 3, 4, 5].map((weekday) => ({
  weekday,
  spans: [
    { open: '09:00', close: '12:00' },
    { open: '13:30', close: '17:30' },
  ],
}))
const mall: OpeningDay[] = [6, 7].map((weekday) => ({
  weekday,
  spans: [{ open: '10:00', close: '21:00' }],
}))
const at = (local: string) => new Date(`${local}+08:00`)

describe('openStatus (Beijing time, whatever the device zone)', () => {
  test.each([
    ['Thursday 10:00', '2026-11-26T10:00:00', true, '营业中 · 12:00 午休'],
    ['Thursday 12:30 lunch', '2026-11-26T12:30:00', false, '已休息 · 今天 13:30 开门'],
    ['Thursday 17:29', '2026-11-26T17:29:00', true, '营业中 · 17:30 下班'],
    ['Thursday 17:30 exactly', '2026-11-26T17:30:00', false, '已休息 · 明天 09:00 开门'],
    ['Friday evening', '2026-11-27T19:00:00', false, '已休息 · 周一 09:00 开门'],
    ['Saturday', '2026-11-28T10:00:00', false, '已休息 · 周一 09:00 开门'],
  ])('%s', (_name, local, open, label) => {
    expect(openStatus(office, at(local))).toEqual({ open, label })
  })

  test('a point with no hours says it is not serving', () => {
    expect(openStatus([], at('2026-11-26T10:00:00'))).toEqual({ open: false, label: '暂停服务' })
  })
})

test('hoursLines merges equal days and names closed days', () => {
  expect(hoursLines(office)).toEqual(['周一至周五 09:00–12:00、13:30–17:30', '周六、周日 休息'])
  expect(hoursLines(mall)).toEqual(['周一至周五 休息', '周六、周日 10:00–21:00'])
})

test('groupByKind keeps the official order and drops empty kinds', () => {
  const point = (id: string, kind: 'center' | 'mall') => ({
    id,
    name: id,
    kind,
    street: '',
    address: '',
    phone: '',
    latitude: 0,
    longitude: 0,
    hours: [],
    features: [],
  })
  const groups = groupByKind([point('a', 'mall'), point('b', 'center')])
  expect(groups.map((g) => g.label)).toEqual(['政务服务中心', '商圈服务点'])
})
