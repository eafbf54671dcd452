import { ELDER_ENTRIES, HOME_ENTRIES } from '../../../../src/features/home/entries'

test('the 长辈模式 home has at most six tiles, all of them from the full home', () => {
  expect(ELDER_ENTRIES.length).toBeGreaterThan(0)
  expect(ELDER_ENTRIES.length).toBeLessThanOrEqual(6)
  for (const entry of ELDER_ENTRIES) expect(HOME_ENTRIES).toContain(entry)
})
