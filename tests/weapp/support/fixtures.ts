// What the phone knows (WeChat's answers) and the seeded 网点 the specs find by id.
import type { ServicePoint } from '../../../src/services/contract'
import { servicePointSeed } from '../../../mock/modules/points/seed-data'
import { accountNumber, UTILITY_SEED } from '../../../mock/modules/life/seed'

export const CONTRACT_NAME = '《智慧政务服务管家隐私保护指引》'

/** Where wx.getLocation says the user stands (GCJ-02), near 幸福路. */
export const USER_POSITION = { latitude: 40.6531, longitude: 109.8745 } as const

function point(id: string): ServicePoint {
  const found = servicePointSeed.find((p) => p.id === id)
  if (!found) throw new Error(`the seed has no service point ${id}`)
  return found
}

export const centerPoint = point('sp-qs-center')
export const streetPoint = point('sp-qs-street-xingfulu')
export const bankPoint = point('sp-qs-bank-abc')
export const mallPoint = point('sp-qs-mall-wanda')
export const servicePoints = servicePointSeed

const water = UTILITY_SEED.find((a) => a.id === 'water-1')
if (!water) throw new Error('the utility seed has no water-1')
/** The seeded 水费 户号 of 张建国 (its check digit is right). */
export const WATER_NUMBER = accountNumber(water)
/** The same number with its check digit off by one. */
export const WATER_TYPO = WATER_NUMBER.slice(0, -1) + ((Number(WATER_NUMBER.slice(-1)) + 1) % 10)
