import { DRAFT_TTL_MS, isDraftFresh, restoreValues } from '../../../src/utils/draft'

const now = new Date('2026-11-26T10:00:00+08:00')

test('a draft is fresh for 7 days and then expires', () => {
  const savedAt = (msAgo: number) => new Date(now.getTime() - msAgo).toISOString()
  expect(isDraftFresh({ values: {}, savedAt: savedAt(DRAFT_TTL_MS - 1000) }, now)).toBe(true)
  expect(isDraftFresh({ values: {}, savedAt: savedAt(DRAFT_TTL_MS) }, now)).toBe(false)
  expect(isDraftFresh({ values: {}, savedAt: 'garbage' }, now)).toBe(false)
})

test('restoring keeps only known string fields', () => {
  const initial = { name: '', uscc: '' }
  expect(restoreValues(initial, { name: '青山', uscc: 42, injected: 'x' })).toEqual({
    name: '青山',
    uscc: '',
  })
  expect(restoreValues(initial, null)).toEqual(initial)
})
