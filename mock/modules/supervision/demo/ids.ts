import { DEMO_PREFIX } from '../sql-parts'

/** Every demo record's id starts with `demo-` (and its number with DEMO), so it is never real. */
export const demoId = (kind: string, n: number) =>
  `${DEMO_PREFIX}${kind}-${String(n).padStart(6, '0')}`
export const DEMO_USERS = 3000
export const demoUserId = (n: number) => demoId('user', (n % DEMO_USERS) + 1)
export const DEMO_HELPERS = [
  {
    id: `${DEMO_PREFIX}helper-1`,
    name: '演示帮办员甲',
    desk: '青山区政务服务中心 帮办代办窗口（演示）',
  },
  {
    id: `${DEMO_PREFIX}helper-2`,
    name: '演示帮办员乙',
    desk: '青山区政务服务中心 帮办代办窗口（演示）',
  },
  {
    id: `${DEMO_PREFIX}helper-3`,
    name: '演示帮办员丙',
    desk: '企业智惠服务专区 企业服务专员（演示）',
  },
  { id: `${DEMO_PREFIX}helper-4`, name: '演示帮办员丁', desk: '幸福路街道便民服务中心（演示）' },
] as const
