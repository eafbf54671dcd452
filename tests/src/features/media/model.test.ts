import type { Chapter } from '../../../../src/services/contract'
import {
  chapterAt,
  chapterFromParam,
  clockText,
  liveSpanText,
  liveTimeText,
} from '../../../../src/features/media/model'

// Dates leave out the year only in the current year: pin “now” to 2026.
beforeAll(() => jest.useFakeTimers({ now: new Date('2026-06-01T12:00:00+08:00') }))
afterAll(() => jest.useRealTimers())

const link = { kind: 'item' as const, id: 'health-clinic-filing', name: '诊所备案' }
const chapters: Chapter[] = [0, 5, 10, 15].map((startSec, i) => ({
  index: i + 1,
  title: `第${i + 1}步`,
  startSec,
  endSec: startSec + 5,
  link,
}))

describe('the chapter being played', () => {
  test.each([
    [0, 1],
    [4.9, 1],
    [5, 2],
    [9.97, 3], // a seek to 10 may land a frame early
    [14.9, 3],
    [19.5, 4],
    [25, 4],
  ])('at %ss it is chapter %i', (seconds, index) => {
    expect(chapterAt(chapters, seconds)).toBe(index)
  })

  test('a video without chapters still answers 1', () => {
    expect(chapterAt([], 3)).toBe(1)
  })
})

describe('?chapter=', () => {
  test.each([
    ['3', 3],
    ['4', 4],
    [undefined, 1],
    ['0', 1],
    ['9', 1],
    ['2.5', 1],
    ['abc', 1],
    ['<script>', 1],
  ])('%s opens chapter %i', (param, index) => {
    expect(chapterFromParam(chapters, param)?.index).toBe(index)
  })
})

test('clock and local time texts', () => {
  expect(clockText(0)).toBe('0:00')
  expect(clockText(75.9)).toBe('1:15')
  expect(liveTimeText('2026-03-03T07:00:00.000Z')).toBe('3月3日 周二 15:00')
  expect(liveTimeText('2026-03-08T16:30:00.000Z')).toBe('3月9日 周一 00:30')
  expect(liveSpanText('2026-03-03T07:00:00.000Z', '2026-03-03T08:00:00.000Z')).toBe(
    '3月3日 周二 15:00–16:00',
  )
  expect(liveSpanText('2026-03-03T15:30:00.000Z', '2026-03-03T16:30:00.000Z')).toBe(
    '3月3日 周二 23:30–3月4日 周三 00:30',
  )
})
