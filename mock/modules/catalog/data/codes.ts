import { usccCheckChar } from '../../../../src/services/contract'
import type { Category, Draft } from './build'
import { DEPARTMENTS, type Department } from './departments'
import type { ItemSeed } from './types'

/**
 * 实施编码 — 30 characters = 18-character 实施主体代码 + 12-digit 事项编码.
 *
 *   11 150204 MB195784 7 W  01 0001 001 001
 *   │  │      │        │ │  │  │    │   └ 业务办理项 (3 digits, 001…)
 *   │  │      │        │ │  │  │    └──── 子项 (3 digits, 001… within the 主项)
 *   │  │      │        │ │  │  └───────── 主项 (4 digits, 0001… per 实施主体 and 事项类型)
 *   │  │      │        │ │  └──────────── 事项类型 (2 digits, table TYPE_CODES below)
 *   │  │      │        │ └─────────────── GB 32100 check character of the first 17
 *   │  │      │        └───────────────── GB 11714 check character of the 组织机构代码
 *   │  │      └────────────────────────── 组织机构代码 本体 (8 characters, departments.ts)
 *   │  └───────────────────────────────── 行政区划代码 (150204 青山区, 150200 包头市)
 *   └──────────────────────────────────── 登记管理部门码 + 机构类别码 (11 机关, 12 事业单位 …)
 *
 * The first 18 characters are thus a valid 统一社会信用代码 of the implementing unit (checkUscc
 * accepts them), and the 12 digits follow the 政务服务事项基本目录 layout: type, 主项, 子项,
 * 业务办理项. Numbers are given in seed order, so a 主项 keeps its number while items are added
 * after it; items that share `main` are 子项 of one 主项, and items that share `main` and `sub`
 * are 业务办理项 of one 子项 (e.g. 异地就医备案: 长期居住 / 临时外出).
 */
export const TYPE_CODES = {
  行政许可: '01',
  行政处罚: '02',
  行政强制: '03',
  行政征收: '04',
  行政给付: '05',
  行政检查: '06',
  行政确认: '07',
  行政奖励: '08',
  行政裁决: '09',
  其他行政权力: '10',
  公共服务: '20',
} as const satisfies Record<Category, string>

const USCC_CHARS = '0-9A-HJ-NPQRTUWXY'
/** Matches every 实施编码; groups: 1 prefix (18), 2 type, 3 主项, 4 子项, 5 业务办理项. */
export const CODE_PATTERN = new RegExp(
  `^((?:11|12|13|91)\\d{6}[${USCC_CHARS}]{8}[0-9X][${USCC_CHARS}])` +
    '(0[1-9]|10|20)(\\d{4})(\\d{3})(\\d{3})$',
)

/** GB 11714 组织机构代码 check character of the 8-character body: weights 3 7 9 10 5 8 4 2, mod 11. */
export function orgCodeCheckChar(body8: string): string {
  const weights = [3, 7, 9, 10, 5, 8, 4, 2]
  let sum = 0
  for (let i = 0; i < 8; i++) {
    const ch = body8[i] ?? '0'
    const value = /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 55
    sum += value * (weights[i] ?? 0)
  }
  const c = 11 - (sum % 11)
  return c === 10 ? 'X' : c === 11 ? '0' : String(c)
}

export function unitCode(dept: Department): string {
  const body17 = `${dept.registrar}${dept.region}${dept.org8}${orgCodeCheckChar(dept.org8)}`
  return body17 + usccCheckChar(body17)
}

const PREFIX_BY_NAME = new Map<string, string>(
  Object.values(DEPARTMENTS).map((dept) => [dept.name, unitCode(dept)]),
)

const pad = (n: number, width: number): string => {
  const s = String(n)
  if (s.length > width) throw new Error(`实施编码 overflow: ${n} does not fit ${width} digits`)
  return s.padStart(width, '0')
}

/** Numbers every draft (hand-written first, then long-tail) and drops the grouping keys. */
export function assignCodes(drafts: readonly Draft[]): ItemSeed[] {
  const mainNo = new Map<string, number>()
  const mainCount = new Map<string, number>()
  const subNo = new Map<string, number>()
  const subCount = new Map<string, number>()
  const handlingCount = new Map<string, number>()
  return drafts.map(({ main, sub, ...rest }) => {
    const prefix = PREFIX_BY_NAME.get(rest.department)
    if (prefix === undefined) throw new Error(`No 实施主体 code for ${rest.department}`)
    const typeCode: string | undefined = (TYPE_CODES as Record<string, string>)[rest.category]
    if (typeCode === undefined) throw new Error(`No 事项类型 code for ${rest.category}`)
    const unitType = `${prefix}|${typeCode}`
    const mainKey = `${unitType}|${main}`
    let m = mainNo.get(mainKey)
    if (m === undefined) {
      m = (mainCount.get(unitType) ?? 0) + 1
      mainCount.set(unitType, m)
      mainNo.set(mainKey, m)
    }
    const subKey = `${mainKey}|${sub}`
    let s = subNo.get(subKey)
    if (s === undefined) {
      s = (subCount.get(mainKey) ?? 0) + 1
      subCount.set(mainKey, s)
      subNo.set(subKey, s)
    }
    const h = (handlingCount.get(subKey) ?? 0) + 1
    handlingCount.set(subKey, h)
    const code = `${prefix}${typeCode}${pad(m, 4)}${pad(s, 3)}${pad(h, 3)}`
    return { ...rest, code }
  })
}
