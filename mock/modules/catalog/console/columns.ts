import type { Audience } from '../../../../src/services/contract'
import type { GuideRecord, Vocabulary } from './record'

/**
 * The 实施清单 columns, in the order the export writes them (the import finds them by header,
 * in any order). mock/README.md documents each; docs/实施清单示例.xlsx is an export.
 */
export const COLUMNS = [
  '实施编码',
  '事项名称',
  '事项类型',
  '实施主体',
  '服务对象',
  '设定依据',
  '申请条件',
  '材料',
  '办理流程',
  '法定时限',
  '承诺时限',
  '收费',
  '地点',
  '咨询电话',
  '投诉电话',
  '状态',
  '生效日期',
  '示例',
] as const
export type Column = (typeof COLUMNS)[number]

/** Columns a row may leave out of the header (the import then keeps or defaults them). */
export const OPTIONAL_COLUMNS: ReadonlySet<Column> = new Set([
  '服务对象',
  '状态',
  '生效日期',
  '示例',
])

export const AUDIENCE_WORDS: Record<Audience, string> = { personal: '个人', enterprise: '法人' }
/** The mark of a material the applicant may leave out. */
export const OPTIONAL_MARK = '（选交）'
export const PLACE_SEPARATOR = '｜'
export const STEP_SEPARATOR = '：'

const lines = (values: readonly string[]) => values.join('\n')

export const daysText = (days: number | null): string =>
  days === null ? '无' : days === 0 ? '即办' : `${days}个工作日`

/** A record as the sheet writes it: the export, and the diff's before → after, use this. */
export function cellsOf(record: GuideRecord, words: Vocabulary): Record<Column, string> {
  return {
    实施编码: record.code,
    事项名称: record.name,
    事项类型: record.category,
    实施主体: record.department,
    服务对象: record.audiences.map((a) => AUDIENCE_WORDS[a]).join('、'),
    设定依据: lines(record.basis),
    申请条件: lines(record.conditions),
    材料: lines(
      record.materials.map(
        (m) => (words.materialName.get(m.ref) ?? m.ref) + (m.required ? '' : OPTIONAL_MARK),
      ),
    ),
    办理流程: lines(record.steps.map((s) => `${s.title}${STEP_SEPARATOR}${s.detail}`)),
    法定时限: daysText(record.legalDays),
    承诺时限: daysText(record.promisedDays),
    收费: record.fee,
    地点: lines(
      record.places.map(
        (p) => `${words.pointName.get(p.pointId) ?? p.pointId}${PLACE_SEPARATOR}${p.window}`,
      ),
    ),
    咨询电话: record.consultPhone,
    投诉电话: record.complaint,
    状态: record.retiredOn === null ? '在用' : '废止',
    生效日期: record.retiredOn ?? '',
    示例: record.sample ? '是' : '',
  }
}
