import type { Bundle } from '../../../../src/services/contract'
import {
  bundleSavings,
  daysLabel,
  highlightSegments,
  visitsLabel,
} from '../../../../src/features/catalog/model'
import { wgs84ToGcj02 } from '../../../../src/utils/geo'

test('highlight ranges split the name into marked and plain runs', () => {
  expect(highlightSegments('企业开办（设立登记）', [[0, 4]])).toEqual([
    { text: '企业开办', hit: true },
    { text: '（设立登记）', hit: false },
  ])
  expect(
    highlightSegments('诊所备案', [
      [1, 2],
      [2, 3],
    ]),
  ).toEqual([
    { text: '诊', hit: false },
    { text: '所备', hit: true },
    { text: '案', hit: false },
  ])
  expect(highlightSegments('医保缴费', [[10, 20]])).toEqual([{ text: '医保缴费', hit: false }])
})

test('time limits and visits read as people say them', () => {
  expect(daysLabel(0)).toBe('即办')
  expect(daysLabel(5)).toBe('5个工作日')
  expect(visitsLabel(0)).toBe('零跑动（全程网办）')
  expect(visitsLabel(1)).toBe('最多跑一次')
})

test('bundle savings count materials, days and visits saved by handling it as one', () => {
  const shared = {
    material: {
      id: 'id',
      name: '身份证',
      form: '原件' as const,
      copies: 1,
      required: true,
      ecertAccepted: true,
      sample: null,
      note: null,
    },
  }
  const bundle = {
    materials: [
      { ...shared, forItems: ['A', 'B', 'C'] },
      { ...shared, forItems: ['A'] },
    ],
    promisedDays: 1,
    separateDays: 5,
    visits: 1,
    separateVisits: 3,
  } as unknown as Bundle
  expect(bundleSavings(bundle)).toEqual({
    separateMaterials: 4,
    mergedMaterials: 2,
    materialsSaved: 2,
    daysSaved: 4,
    visitsSaved: 2,
  })
})

test('WGS-84 to GCJ-02 matches the published 天安门 reference and shifts 包头 by ~500 m', () => {
  const tiananmen = wgs84ToGcj02(39.908823, 116.39747)
  expect(tiananmen.latitude).toBeCloseTo(39.91023, 4)
  expect(tiananmen.longitude).toBeCloseTo(116.40371, 4)
  const baotou = wgs84ToGcj02(40.6469, 109.8535)
  expect(baotou.longitude - 109.8535).toBeGreaterThan(0.004)
  expect(baotou.longitude - 109.8535).toBeLessThan(0.007)
})
