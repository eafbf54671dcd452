import type { ItemSeed } from './types'

/** Where an item is handled: one of the 9 points of service-point-seed.ts and the window in it. */
export type Place = ItemSeed['places'][number]

export const POINT_IDS = [
  'sp-qs-center',
  'sp-qs-street-xingfulu',
  'sp-qs-street-ziyoulu',
  'sp-qs-community-yuxin',
  'sp-qs-community-wanjun',
  'sp-qs-mall-wanda',
  'sp-qs-mall-zhengxiang',
  'sp-qs-bank-abc',
  'sp-qs-bank-huaxia',
] as const

export const center = (window: string): Place => ({ pointId: 'sp-qs-center', window })

/** 幸福路、自由路 两个标杆级街道便民服务中心. */
export const streets = (window = '综合受理窗口'): Place[] => [
  { pointId: 'sp-qs-street-xingfulu', window },
  { pointId: 'sp-qs-street-ziyoulu', window },
]

/** 育新社区、万郡社区 便民服务站: 社保查询、医保缴费、证明开具 (小事不出社区). */
export const communities = (window = '综合服务台'): Place[] => [
  { pointId: 'sp-qs-community-yuxin', window },
  { pointId: 'sp-qs-community-wanjun', window },
]

/** The 15-minute circle for 高频个人事项: both street centres and both community stations. */
export const nearby = (streetWindow?: string): Place[] => [
  ...streets(streetWindow),
  ...communities(),
]
