import type { Audience } from '../../../../src/services/contract'
import type { Category, Use } from './build'
import type { DeptKey } from './departments'
import type { Scene } from './scenes'

/**
 * Vocabulary groups the long-tail generator expands into items. An entry is written in a small
 * notation so a 主项 and its 子项 stay together:
 *   '出版物零售业务许可'            → one item, 主项 = the name
 *   '放射诊疗许可|新申请,校验'       → 放射诊疗许可（新申请）, 放射诊疗许可（校验）
 *   '农民专业合作社~登记|设立,变更' → 农民专业合作社设立登记, 农民专业合作社变更登记
 */
export interface EntryGroup {
  dept: DeptKey
  category: Category
  basis: string[]
  audiences: Audience[]
  scenes: Scene[]
  entries: string[]
  /** Materials beyond the applicant's identity (营业执照 / 身份证 are added by audience). */
  materials?: Use[]
  /** [法定, 承诺] working days; defaults per category. */
  days?: [number | null, number]
  fee?: string
  /** Personal public services also handled at the street centres and community stations. */
  nearby?: boolean
  keywords?: string[]
}

/** 对{subject}{violation}的行政处罚: every violation must make sense for every subject. */
export interface PenaltyGroup {
  dept: DeptKey
  /** What 对{subject}的{topic}监督检查 inspects. */
  topic: string
  basis: string[]
  audiences: Audience[]
  scenes: Scene[]
  subjects: string[]
  violations: string[]
}

export interface Expanded {
  name: string
  main: string
  sub: string
}

export function expandEntry(entry: string): Expanded[] {
  const [head = '', list] = entry.split('|')
  if (list === undefined) return [{ name: head, main: head, sub: head }]
  const subs = list.split(',')
  if (head.includes('~')) {
    const main = head.replace('~', '')
    return subs.map((sub) => ({ name: head.replace('~', sub), main, sub }))
  }
  return subs.map((sub) => ({ name: `${head}（${sub}）`, main: head, sub }))
}
