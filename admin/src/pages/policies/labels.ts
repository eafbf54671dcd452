import type { DryRunRow, PolicyStatus } from '../../../../src/services/contract'

export const STATUS: Record<PolicyStatus, { text: string; color: string }> = {
  draft: { text: '草稿（未发布）', color: 'gold' },
  published: { text: '已发布', color: 'green' },
  withdrawn: { text: '已撤回', color: 'default' },
}

export const MATCH: Record<DryRunRow['before'], string> = {
  full: '符合',
  info: '信息不全',
  partial: '部分符合',
  none: '不符合',
}

export const MODE = { auto: '免申即享', apply: '需申报' } as const

export const time = (iso: string) => new Date(iso).toLocaleString('zh-CN')
