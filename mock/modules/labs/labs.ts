import * as z from 'zod/mini'
import {
  Lab,
  type ReportRequest,
  type TestingReport,
  type TestingService,
} from '../../../src/services/contract'
import { ApiError } from '../../http/errors'
import { parseReference, provenance } from '../reference-data'
import file from './sample-labs.json'

const LabSeed = z.object({
  ...z.omit(Lab, { bookableDates: true, fullHalfDays: true }).shape,
  capacity: z.number().check(z.int(), z.positive()),
})
export type LabSeed = z.infer<typeof LabSeed>
const LabsFile = z.object({ ...provenance, labs: z.array(LabSeed) })

/**
 * Fictional labs for the demo (sample-labs.json), seeded into `labs`, which the 管理后台 edits
 * from then on; a real listing must show each lab's actual CMA certificate.
 */
export const LAB_SEED: readonly LabSeed[] = parseReference(
  'labs/sample-labs.json',
  LabsFile,
  file,
).labs

export const SERVICE_NAME: Record<TestingService, string> = {
  air: '房屋环境检测（甲醛、TVOC、苯）',
  product: '产品质量检测',
}

/** GB/T 18883-2022《室内空气质量标准》: 甲醛、苯 1小时均值, TVOC 8小时均值, mg/m³. */
const LIMITS = [
  { key: 'formaldehyde', name: '甲醛', limit: 0.08 },
  { key: 'tvoc', name: 'TVOC', limit: 0.6 },
  { key: 'benzene', name: '苯', limit: 0.03 },
] as const

export function buildReport(service: TestingService, body: ReportRequest, at: Date): TestingReport {
  const base = { place: body.place, conclusion: body.conclusion, issuedAt: at.toISOString() }
  if (service === 'product')
    return { ...base, items: [], passed: null, standard: '按委托检测项目的产品标准' }
  const items = LIMITS.flatMap(({ key, name, limit }) => {
    const text = body[key]
    if (text === '') return []
    const value = Number(text)
    return [{ name, value, limit, unit: 'mg/m³', passed: value <= limit }]
  })
  if (items.length === 0) {
    throw new ApiError(400, 'VALIDATION_FAILED', '请至少填写一项检测数据', {
      formaldehyde: '请至少填写一项检测数据（甲醛、TVOC或苯）',
    })
  }
  return {
    ...base,
    items,
    passed: items.every((i) => i.passed),
    standard: 'GB/T 18883-2022《室内空气质量标准》',
  }
}
