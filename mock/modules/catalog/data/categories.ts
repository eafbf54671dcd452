/** The kinds of power of the 权责清单: 依申请 items take the first list, 依职权 the second. */
export const APPLICATION_CATEGORIES = [
  '行政许可',
  '行政确认',
  '行政给付',
  '行政裁决',
  '行政奖励',
  '其他行政权力',
] as const
export const EX_OFFICIO_CATEGORIES = [
  '行政处罚',
  '行政强制',
  '行政检查',
  '行政征收',
  '其他行政权力',
] as const
export type Category =
  (typeof APPLICATION_CATEGORIES)[number] | (typeof EX_OFFICIO_CATEGORIES)[number] | '公共服务'
