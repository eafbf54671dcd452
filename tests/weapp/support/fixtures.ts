// What the phone knows (WeChat's answers) and the seeded 网点 the specs find by id.
import type { ServicePoint } from '../../../src/services/contract'
import { servicePointSeed } from '../../../mock/modules/points/seed-data'

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
