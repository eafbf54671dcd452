import { catalogSeed } from '../../../mock/modules/catalog/data'
import { KNOWN_ITEMS } from '../../../src/utils/known-items'

/** What each id must still be: a renumbered long tail must not silently point at another task. */
const MEANS: Record<keyof typeof KNOWN_ITEMS, RegExp> = {
  medicalPremium: /城乡居民基本医疗保险费缴纳/,
  pensionQualification: /养老.*资格认证/,
  socialCardApply: /社会保障卡申领/,
  socialCardLoss: /社会保障卡挂失/,
  seniorAllowance: /高龄津贴/,
  seniorCard: /老年人优待证/,
}

test.each(Object.entries(KNOWN_ITEMS))('%s (%s) is a personal item of the catalog', (key, id) => {
  const item = catalogSeed.items.find((i) => i.id === id)
  expect(item).toBeDefined()
  expect(item?.name).toMatch(MEANS[key as keyof typeof KNOWN_ITEMS])
  expect(item?.audiences).toContain('personal')
})
