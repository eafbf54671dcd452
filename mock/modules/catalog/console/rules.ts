import { usccCheckChar, type Audience } from '../../../../src/services/contract'
import { CODE_PATTERN, orgCodeCheckChar, TYPE_CODES, unitCode } from '../data/codes'
import { DEPARTMENTS } from '../data/departments'
import { OPTIONAL_MARK, PLACE_SEPARATOR, STEP_SEPARATOR, type Column } from './columns'
import type { GuideRecord, Vocabulary } from './record'
import type { RowProblem } from './sheet'

const UNIT_CODE_BY_DEPARTMENT = new Map(
  Object.values(DEPARTMENTS).map((dept) => [dept.name, unitCode(dept)]),
)
const CATEGORIES = Object.keys(TYPE_CODES)
const MAX_NAME = 100
const MAX_DAYS = 365
const DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/

/** What the 30-character 实施编码 must satisfy (codes.ts); null when it does. */
export function codeProblem(code: string): string | null {
  if (!/^[0-9A-Z]{30}$/.test(code)) {
    return `应为30位（18位实施主体代码 + 12位事项编码），现为${code.length}位，请核对`
  }
  const match = CODE_PATTERN.exec(code)
  if (!match) return '格式不符（前18位为实施主体统一社会信用代码，后12位为数字），请核对'
  const org = code.slice(8, 16)
  if (orgCodeCheckChar(org) !== code[16]) {
    return `第17位组织机构代码校验码应为 ${orgCodeCheckChar(org)}，请核对是否抄错`
  }
  if (usccCheckChar(code.slice(0, 17)) !== code[17]) {
    return `第18位统一社会信用代码校验码应为 ${usccCheckChar(code.slice(0, 17))}，请核对是否抄错`
  }
  return null
}

function parseDays(text: string, allowNone: boolean): number | null | undefined {
  if (allowNone && (text === '无' || text === '')) return null
  if (text === '即办') return 0
  const match = /^(\d{1,3})(个工作日|工作日)?$/.exec(text)
  if (!match) return undefined
  const days = Number(match[1])
  return days <= MAX_DAYS ? days : undefined
}

/** A real calendar date as YYYY-MM-DD, or null. */
export function parseDate(text: string): string | null {
  const match = DATE.exec(text.replace(/[/.]/g, '-'))
  if (!match) return null
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(y, m - 1, d))
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d || y < 2000 || y > 2100) return null
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')

const AUDIENCE_BY_WORD = new Map<string, Audience>([
  ['个人', 'personal'],
  ['自然人', 'personal'],
  ['法人', 'enterprise'],
  ['企业', 'enterprise'],
])

/**
 * One row of a 实施清单 (or the console's form, which uses the same column names) as a guide,
 * or every problem it has. Columns a sheet may omit keep the existing item's value.
 */
export function parseRow(
  row: number,
  cell: (column: Column) => string | undefined,
  words: Vocabulary,
  existing: GuideRecord | undefined,
): { record: GuideRecord } | { problems: RowProblem[] } {
  const problems: RowProblem[] = []
  const fail = (column: Column, message: string) => {
    problems.push({ row, column, message: `「${column}」${message}` })
  }
  const text = (column: Column) => cell(column) ?? ''
  const required = (column: Column, what: string): string => {
    const value = text(column)
    if (value === '') fail(column, `未填写，请填写${what}`)
    return value
  }

  const code = required('实施编码', '30位实施编码')
  if (code !== '') {
    const problem = codeProblem(code)
    if (problem) fail('实施编码', problem)
  }
  const name = required('事项名称', '事项名称')
  if (name.length > MAX_NAME) fail('事项名称', `超过${MAX_NAME}个字，请精简`)

  const category = required('事项类型', `事项类型（${CATEGORIES.join('、')}）`)
  if (category !== '' && !CATEGORIES.includes(category)) {
    fail('事项类型', `“${category}”不是事项类型，请填写${CATEGORIES.join('、')}之一`)
  } else if (
    category !== '' &&
    code.length === 30 &&
    !problems.some((p) => p.column === '实施编码')
  ) {
    const typeCode = (TYPE_CODES as Record<string, string>)[category]
    if (code.slice(18, 20) !== typeCode) {
      fail('实施编码', `第19–20位为事项类型代码，${category}应为 ${typeCode}，请核对编码或事项类型`)
    }
  }

  const department = required('实施主体', '实施主体（部门全称）')
  const unit = UNIT_CODE_BY_DEPARTMENT.get(department)
  if (department !== '' && unit === undefined) {
    fail('实施主体', `“${department}”不在部门名录中，请填写部门全称（如“青山区市场监督管理局”）`)
  } else if (unit !== undefined && code.length === 30 && !code.startsWith(unit)) {
    fail('实施编码', `前18位应为${department}的统一社会信用代码 ${unit}，请核对`)
  }

  const audienceText = cell('服务对象')
  let audiences: Audience[] = existing?.audiences ?? ['personal']
  if (audienceText !== undefined && audienceText !== '') {
    const words = audienceText.split(/[、,，/\s]+/).filter((w) => w !== '')
    const parsed = words.map((w) => AUDIENCE_BY_WORD.get(w))
    if (parsed.some((a) => a === undefined)) {
      fail('服务对象', '请填写“个人”“法人”或“个人、法人”')
    } else {
      audiences = [...new Set(parsed as Audience[])]
    }
  }

  const basis = lines(required('设定依据', '至少一条法律法规依据，每条一行'))
  const conditions = lines(text('申请条件'))

  const materials: GuideRecord['materials'] = []
  for (const line of lines(text('材料'))) {
    const optional = line.endsWith(OPTIONAL_MARK)
    const materialName = optional ? line.slice(0, -OPTIONAL_MARK.length) : line
    const ref = words.materialByName.get(materialName)
    if (ref === undefined) {
      fail('材料', `“${materialName}”不在材料库中，请使用材料库中的名称（每行一种材料）`)
    } else if (materials.some((m) => m.ref === ref)) {
      fail('材料', `“${materialName}”重复填写，请删除重复的一行`)
    } else {
      materials.push({ ref, required: !optional })
    }
  }

  const steps: GuideRecord['steps'] = []
  for (const line of lines(required('办理流程', '办理步骤，每步一行，如“受理：窗口当场受理”'))) {
    const at = line.search(/[：:]/)
    const title = (at < 0 ? line : line.slice(0, at)).trim()
    const detail = at < 0 ? '' : line.slice(at + 1).trim()
    if (title === '' || title.length > 20) {
      fail(
        '办理流程',
        `“${line.slice(0, 20)}”应写成“步骤名${STEP_SEPARATOR}说明”，步骤名不超过20字`,
      )
    } else {
      steps.push({ title, detail })
    }
  }

  const legalDays = parseDays(text('法定时限'), true)
  if (legalDays === undefined)
    fail('法定时限', '请填写工作日数（如“20个工作日”），法律未规定的填“无”')
  const promisedDays = parseDays(
    required('承诺时限', '承诺办结的工作日数（当场办结填“即办”）'),
    false,
  )
  if (promisedDays === undefined && text('承诺时限') !== '') {
    fail('承诺时限', `请填写0–${MAX_DAYS}的工作日数（如“5个工作日”），当场办结填“即办”`)
  }
  if (
    typeof legalDays === 'number' &&
    typeof promisedDays === 'number' &&
    promisedDays > legalDays
  ) {
    fail('承诺时限', `承诺时限（${promisedDays}个工作日）不能长于法定时限（${legalDays}个工作日）`)
  }

  const fee = required('收费', '收费标准（不收费的填“不收费”）')

  const places: GuideRecord['places'] = []
  for (const line of lines(text('地点'))) {
    const [pointName = '', window = ''] = line.split(/[｜|]/).map((part) => part.trim())
    const pointId = words.pointByName.get(pointName)
    if (pointId === undefined) {
      fail(
        '地点',
        `“${pointName}”不是已登记的服务网点，请填写网点全称${PLACE_SEPARATOR}窗口（每行一处）`,
      )
    } else if (places.some((p) => p.pointId === pointId)) {
      fail('地点', `“${pointName}”重复填写，同一网点只写一行`)
    } else {
      places.push({ pointId, window: window === '' ? '综合受理窗口' : window })
    }
  }

  const consultPhone = required('咨询电话', '咨询电话')
  const complaint = required('投诉电话', '投诉电话（可填12345）')
  for (const [column, value] of [
    ['咨询电话', consultPhone],
    ['投诉电话', complaint],
  ] as const) {
    if (value.length > 100) fail(column, '超过100个字，请只写电话号码')
  }

  const status = text('状态')
  const effective = text('生效日期')
  let retiredOn: string | null = null
  if (status === '废止') {
    retiredOn = parseDate(effective)
    if (retiredOn === null) fail('生效日期', '废止的事项请填写生效日期，格式如 2026-12-31')
  } else if (status !== '' && !['在用', '新增', '变更'].includes(status)) {
    fail('状态', '请填写“新增”“变更”“在用”或“废止”')
  } else if (cell('状态') === undefined) {
    retiredOn = existing?.retiredOn ?? null
  }

  if (problems.length > 0) return { problems }
  return {
    record: {
      code,
      name,
      category,
      department,
      audiences,
      basis,
      conditions,
      materials,
      steps,
      legalDays: legalDays ?? null,
      promisedDays: promisedDays ?? 0,
      fee,
      places,
      consultPhone,
      complaint,
      retiredOn,
      // Set below by the diff: only an unchanged 示例 row keeps the mark.
      sample: text('示例') === '是',
    },
  }
}
