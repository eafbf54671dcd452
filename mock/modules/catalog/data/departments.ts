import * as z from 'zod/mini'
import { parseReference, provenance } from '../../reference-data'
import file from './reference/departments.json'

/**
 * 实施主体: the departments (and the three carriers and two banks that sit in the hall) whose
 * items the catalog lists, in departments.json. `org8` is the first 8 characters of the unit's
 * 组织机构代码; codes.ts completes it with the GB 11714 check character and then the GB 32100
 * check character, so every prefix passes the same 统一社会信用代码 check the app applies to
 * users' input.
 *
 * `registrar` is the first two characters of the 统一社会信用代码 (GB 32100 表1):
 * 11 机关, 12 事业单位, 13 群团组织 (机构编制部门登记), 91 企业 (市场监管部门登记).
 * `region` is the 行政区划代码: 150204 青山区, 150200 包头市 (for 市直 units' 青山 branches).
 * `window` is where the department receives applicants in 青山区政务服务中心 (sp-qs-center).
 */
const Department = z.object({
  name: z.string(),
  registrar: z.enum(['11', '12', '13', '91']),
  region: z.enum(['150204', '150200']),
  org8: z.string().check(z.regex(/^[0-9A-Z]{8}$/)),
  phone: z.string(),
  window: z.string(),
})
export type Department = z.infer<typeof Department>

const DepartmentsFile = z.object({ ...provenance, departments: z.record(z.string(), Department) })

export const DEPARTMENTS: Readonly<Record<string, Department>> = parseReference(
  'catalog/data/reference/departments.json',
  DepartmentsFile,
  file,
).departments

/** Key of DEPARTMENTS (market, tax, hrss …), as data files name a department. */
export type DeptKey = string

export const DEPT_KEYS = Object.keys(DEPARTMENTS) as [DeptKey, ...DeptKey[]]

export function department(key: DeptKey): Department {
  const dept = DEPARTMENTS[key]
  if (dept === undefined) throw new Error(`Unknown department ${key}`)
  return dept
}
