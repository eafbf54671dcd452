// Synthesised larger catalogs for the search bench (issue 19): every real item gets variants whose
// names recombine real vocabulary (its subject, another action, a real 青山区 street or a handling
// mode) and whose keywords mix its own with another item's, so words repeat as they would in a
// region-wide catalog without being copies.
import type { SearchDoc } from '../../mock/modules/catalog/search'

const ACTIONS =
  '核发 变更 延续 注销 补办 换发 申领 查询 备案 登记 审批 年检 迁移 缴费 提取 认定 撤销 补领 ' +
  '证明开具 信息更正 预约 转移 复核 暂停'
const QUALIFIERS =
  '个人 单位 跨省通办 容缺受理 告知承诺 幸福路街道 自由路街道 青福镇 乌素图街道 万青路街道 ' +
  '科学路街道 富强路街道 先锋道街道 网上办 帮办代办 延时服务 首次 呼包通办'

/** Seeded PRNG so runs compare. */
export function seeded(seed: number): () => number {
  let state = seed
  return () => (state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff
}

export function synthesise(real: readonly SearchDoc[], factor: number): SearchDoc[] {
  const rnd = seeded(7)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T
  const actions = ACTIONS.split(' ')
  const qualifiers = QUALIFIERS.split(' ')
  const out: SearchDoc[] = [...real]
  for (let k = 1; k < factor; k++) {
    for (const doc of real) {
      const subject = doc.name.replace(/（.*$/, '')
      const cut = Math.max(2, subject.length - 2 - Math.floor(rnd() * 2))
      const other = pick(real)
      out.push({
        id: `${doc.id}~${k}`,
        name: `${subject.slice(0, cut)}${pick(actions)}（${pick(qualifiers)}）`,
        keywords: [...doc.keywords.slice(0, 3), other.keywords[0] ?? ''],
        audiences: doc.audiences,
        popularity: Math.floor(rnd() * Math.min(doc.popularity, 60)),
      })
    }
  }
  return out
}
