// A firm's facts and matches are kept per stored profile (one parsed object per text) and day:
// the same profile on the same day gives the kept answer; a new day or a profile saved again
// (a new object) is worked out anew.
import { EMPTY_PROFILE_FORM } from '../../../src/services/contract'
import { factsPerProfile, profileFacts } from '../../../mock/modules/policy/facts'
import { matchesPerProfile } from '../../../mock/modules/policy/matches-cache'
import { POLICIES } from '../../../mock/modules/policy/data'

const FORM = {
  ...EMPTY_PROFILE_FORM,
  industryDivision: '65',
  staff: '8',
  revenue: '300',
  foundedOn: '2023-05-15',
  street: '幸福路街道',
}
const MAY_14 = new Date('2026-05-14T10:00:00+08:00')
const MAY_15 = new Date('2026-05-15T10:00:00+08:00')

test('facts are kept per profile and day, and move on with the day', () => {
  const factsOf = factsPerProfile()
  const first = factsOf(FORM, MAY_14)
  expect(factsOf(FORM, new Date('2026-05-14T23:59:00+08:00'))).toBe(first)
  expect(first).toEqual(profileFacts(FORM, MAY_14))
  const nextDay = factsOf(FORM, MAY_15)
  expect(nextDay).not.toBe(first)
  expect([first.ageMonths, nextDay.ageMonths]).toEqual([35, 36])
  const saved = { ...FORM, staff: '80' }
  expect(factsOf(saved, MAY_15).staff).toBe(80)
})

test('matches are kept per published set, profile object and day', () => {
  const matchesOf = matchesPerProfile()
  const set = { list: POLICIES, byId: new Map(POLICIES.map((p) => [p.id, p])) }
  const factsOf = factsPerProfile()
  const today = '2026-05-14'
  const first = matchesOf(set, FORM, factsOf(FORM, MAY_14), today)
  expect(matchesOf(set, FORM, factsOf(FORM, MAY_14), today)).toBe(first)
  const saved = { ...FORM, staff: '', revenue: '' }
  const afterSave = matchesOf(set, saved, factsOf(saved, MAY_14), today)
  expect(afterSave).not.toBe(first)
  expect(afterSave.counts).not.toEqual(first.counts)
  const republished = { list: POLICIES.slice(1), byId: set.byId }
  expect(matchesOf(republished, FORM, factsOf(FORM, MAY_14), today).items).toHaveLength(
    first.items.length - 1,
  )
})
