import * as contract from '../../../../src/services/contract'
import { ERROR_CODES, isErrorCode } from '../../../../src/services/contract'

const domainLists = Object.entries(contract as Record<string, unknown>).filter(
  (entry): entry is [string, readonly string[]] =>
    entry[0].endsWith('_ERRORS') && Array.isArray(entry[1]),
)

test('every code belongs to exactly one domain, and the joined list holds them all', () => {
  expect(domainLists.length).toBeGreaterThanOrEqual(14)
  const all = domainLists.flatMap(([, codes]) => codes)
  expect(new Set(all).size).toBe(all.length)
  expect([...ERROR_CODES].sort()).toEqual([...all].sort())
})

test('a code from a newer server is not taken for a known one', () => {
  expect(isErrorCode('SLOT_FULL')).toBe(true)
  expect(isErrorCode('SOMETHING_NEW')).toBe(false)
})
