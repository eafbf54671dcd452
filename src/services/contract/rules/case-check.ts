import type { CaseApplication, FieldRule, UploadKind } from '../schemas/cases'
import { isBlurred } from './blur'
import { licenceIssue, type InspectedLicence } from './ecert'
import { checkChoice, checkDateField, choicesOf, isDateField } from './field-kinds'
import { checkIdNumber } from './id-number'
import { checkMobile } from './phone'
import type { RuleResult } from './rule-result'
import { checkUscc } from './uscc'

/** 10 MB: a phone photo is 2–5 MB; anything bigger is usually a scan at a needless resolution. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024
/** Below this on the short side, print on an ID card or licence is usually unreadable. */
export const MIN_IMAGE_SIDE = 600
export const UPLOAD_KINDS: readonly UploadKind[] = ['image/jpeg', 'image/png', 'application/pdf']

const RULES: Record<string, FieldRule> = {
  idNumber: 'id_number',
  agentIdNumber: 'id_number',
  legalRepIdNumber: 'id_number',
  spouseIdNumber: 'id_number',
  uscc: 'uscc',
  phone: 'mobile',
}
/** Asked only when someone else applies on the applicant's behalf, or simply not needed. */
const OPTIONAL_FIELDS: ReadonlySet<string> = new Set(['agentName', 'agentIdNumber', 'email'])

export function fieldRuleOf(key: string): FieldRule {
  if (choicesOf(key)) return 'choice'
  if (isDateField(key)) return 'date'
  return RULES[key] ?? 'text'
}
export const isFieldOptional = (key: string): boolean => OPTIONAL_FIELDS.has(key)

export function checkField(
  field: { key: string; rule: FieldRule },
  value: string,
  today: Date,
): RuleResult {
  if (field.rule === 'id_number') return checkIdNumber(value, today)
  if (field.rule === 'uscc') return checkUscc(value)
  if (field.rule === 'mobile') return checkMobile(value)
  if (field.rule === 'choice') return checkChoice(field.key, value)
  if (field.rule === 'date') return checkDateField(field.key, value, today)
  return { ok: true }
}

export interface InspectedForm {
  fields: readonly { key: string; label: string; rule: FieldRule }[]
  materials: readonly {
    material: { id: string; name: string; required: boolean; ecertAccepted: boolean }
  }[]
}

export interface InspectedFile {
  name: string
  mime: UploadKind
  size: number
  sha256: string
  width: number | null
  height: number | null
  sharpness: number | null
}

/** Where 材料体检 looks up what a draft refers to: the user's own uploads and 电子证照. */
export interface InspectionSources {
  fileOf: (id: string) => InspectedFile | undefined
  licenceOf: (id: string) => InspectedLicence | undefined
  /** Masked values the server fills in itself (the applicant's proven 身份证号), by field key. */
  serverFilled?: Readonly<Record<string, string>>
}

export interface CaseIssue {
  /** `field:<key>` or `material:<id>` */
  target: string
  label: string
  severity: 'block' | 'warn'
  message: string
}

export interface Inspection {
  /** 0–100: share of checks passed, a warning counting half. */
  score: number
  issues: CaseIssue[]
  /** No blocking issue: the case can be submitted. */
  ready: boolean
}

function fileIssues(file: InspectedFile): string | null {
  if (!UPLOAD_KINDS.includes(file.mime)) return '文件格式不支持，请上传 JPG、PNG 照片或 PDF'
  if (file.size > MAX_UPLOAD_BYTES) return '文件超过10MB，请压缩或分页后重新上传'
  return null
}

function lowResolution(file: InspectedFile): boolean {
  if (file.width === null || file.height === null) return false
  return Math.min(file.width, file.height) < MIN_IMAGE_SIDE
}

type Check = { issue: CaseIssue | null }

function fieldCheck(
  field: InspectedForm['fields'][number],
  value: string,
  today: Date,
  serverFilled: InspectionSources['serverFilled'],
): Check | null {
  const target = `field:${field.key}`
  const blank = value.trim() === ''
  if (blank && isFieldOptional(field.key)) return null
  const issue = (message: string): Check => ({
    issue: { target, label: field.label, severity: 'block', message },
  })
  if (blank) return issue(`请填写${field.label}`)
  if (serverFilled?.[field.key] === value.trim()) return { issue: null }
  const result = checkField(field, value.trim(), today)
  return result.ok ? { issue: null } : issue(result.reason)
}

function materialCheck(
  entry: InspectedForm['materials'][number],
  provided: CaseApplication['materials'][number] | undefined,
  sources: InspectionSources,
  seen: Map<string, string>,
  today: Date,
): Check | null {
  const { material } = entry
  const target = `material:${material.id}`
  const issue = (severity: CaseIssue['severity'], message: string): Check => ({
    issue: { target, label: material.name, severity, message },
  })
  if (provided?.licenceId) {
    const refused = licenceIssue(material, sources.licenceOf(provided.licenceId), today)
    return refused ? issue('block', refused) : { issue: null }
  }
  const ids = provided?.uploadIds ?? []
  if (ids.length === 0) {
    if (!material.required) return null
    return issue(
      'block',
      `请上传${material.name}${material.ecertAccepted ? '，或选择调用电子证照' : ''}`,
    )
  }
  const files = ids.map(sources.fileOf)
  if (files.some((f) => f === undefined)) {
    return issue('block', '有文件已失效，请删除后重新上传')
  }
  const present = files.filter((f): f is InspectedFile => f !== undefined)
  for (const file of present) {
    const problem = fileIssues(file)
    if (problem) return issue('block', problem)
  }
  const smeared = present.find((f) => f.sharpness !== null && isBlurred(f.sharpness))
  if (smeared) {
    return issue('block', `“${smeared.name}”照片模糊，请在光线充足处对准材料重新拍摄`)
  }
  const twin = present.map((f) => seen.get(f.sha256)).find((name) => name !== undefined)
  present.forEach((f) => seen.set(f.sha256, material.name))
  if (twin !== undefined) {
    return issue('warn', `与“${twin}”上传的是同一个文件，请核对是否传错`)
  }
  if (present.some(lowResolution)) {
    return issue('warn', '照片分辨率过低，可能看不清，建议在光线充足处对准后重拍')
  }
  return { issue: null }
}

/**
 * 材料体检: the same checks on the phone before submitting and on the server when the case
 * arrives — required values present, 证件号 check characters, files of an accepted type and
 * size, no blurred photo, 电子证照 of the right kind and valid today, and hints of a photo too
 * small to read or one file used twice.
 */
export function inspectCase(
  form: InspectedForm,
  application: CaseApplication,
  sources: InspectionSources,
  today: Date,
): Inspection {
  const provided = new Map(application.materials.map((m) => [m.materialId, m]))
  const seen = new Map<string, string>()
  const checks = [
    ...form.fields.map((f) =>
      fieldCheck(f, application.fields[f.key] ?? '', today, sources.serverFilled),
    ),
    ...form.materials.map((m) =>
      materialCheck(m, provided.get(m.material.id), sources, seen, today),
    ),
  ].filter((c): c is Check => c !== null)
  const issues = checks.flatMap((c) => (c.issue ? [c.issue] : []))
  const lost = issues.reduce((sum, i) => sum + (i.severity === 'block' ? 1 : 0.5), 0)
  const score =
    checks.length === 0 ? 100 : Math.round((100 * (checks.length - lost)) / checks.length)
  return { score, issues, ready: issues.every((i) => i.severity !== 'block') }
}
