import {
  inspectCase,
  isBlurred,
  LICENCE_NAMES,
  licenceIssue,
  licenceKindOf,
  MAX_UPLOAD_BYTES,
  type CaseApplication,
  type CaseDetail,
  type CaseEvent,
  type CaseForm,
  type CaseStatus,
  type StaffRole,
  type CaseSummary,
  type Inspection,
  type Licence,
  type Material,
  type Prefill,
  type RatingLevel,
  type Upload,
} from '../../services/contract'
import { formatDay, formatLastDay } from '../../services/contract'

export const STATUS_TEXT: Record<CaseStatus, string> = {
  submitted: '待受理',
  correction: '待补正',
  accepted: '办理中',
  finished: '已办结',
  refused: '不予受理',
}

/** 好差评, best first: the order the choices are offered in. */
/** Submitted or being handled: the applicant waits on the 帮办员 (补正 waits on the applicant). */
export const awaitsStaff = (c: Pick<CaseSummary, 'status'>): boolean =>
  c.status === 'submitted' || c.status === 'accepted'

export const RATING_CHOICES: readonly { value: RatingLevel; label: string }[] = [
  { value: 'very_satisfied', label: '非常满意' },
  { value: 'satisfied', label: '满意' },
  { value: 'basic', label: '基本满意' },
  { value: 'dissatisfied', label: '不满意' },
  { value: 'very_dissatisfied', label: '非常不满意' },
]
export const ratingLabel = (level: RatingLevel): string =>
  RATING_CHOICES.find((c) => c.value === level)?.label ?? ''
export const isBadRating = (level: RatingLevel): boolean =>
  level === 'dissatisfied' || level === 'very_dissatisfied'

export const EVENT_TEXT: Record<CaseEvent, string> = {
  submitted: '提交申请',
  assigned: '分派帮办员',
  accepted: '受理',
  correction_requested: '一次性告知补正',
  resubmitted: '补正后重新提交',
  finished: '办结',
  refused: '不予受理',
  rated: '评价',
  followed_up: '差评回访',
}

/** A material in a draft: the files uploaded for it, or 免证办 with one of the user's 电子证照. */
export interface MaterialDraft {
  licenceId: string | null
  files: Upload[]
}

/** Drafts are flat string records (see useDraft): fields under `f.`, materials as JSON under `m.`. */
export type DraftValues = Record<string, string>
export const fieldKey = (key: string) => `f.${key}`
export const materialKey = (id: string) => `m.${id}`

const EMPTY: MaterialDraft = { licenceId: null, files: [] }

export function readMaterial(values: DraftValues, id: string): MaterialDraft {
  const raw = values[materialKey(id)]
  if (!raw) return EMPTY
  try {
    const parsed = JSON.parse(raw) as Partial<MaterialDraft>
    return {
      licenceId: typeof parsed.licenceId === 'string' ? parsed.licenceId : null,
      files: Array.isArray(parsed.files) ? parsed.files : [],
    }
  } catch {
    return EMPTY
  }
}

export const writeMaterial = (draft: MaterialDraft): string => JSON.stringify(draft)

export function initialDraft(form: CaseForm): DraftValues {
  return Object.fromEntries([
    ...form.fields.map((f) => [fieldKey(f.key), '']),
    ...form.materials.map((m) => [materialKey(m.material.id), '']),
  ])
}

export function toApplication(form: CaseForm, values: DraftValues): CaseApplication {
  return {
    fields: Object.fromEntries(form.fields.map((f) => [f.key, values[fieldKey(f.key)] ?? ''])),
    materials: form.materials.map(({ material }) => {
      const draft = readMaterial(values, material.id)
      return {
        materialId: material.id,
        uploadIds: draft.licenceId ? [] : draft.files.map((f) => f.id),
        licenceId: draft.licenceId,
      }
    }),
  }
}

/** 材料体检 on the phone: the very checks the server repeats when the case arrives. */
export function inspectDraft(
  form: CaseForm,
  values: DraftValues,
  licences: readonly Licence[],
  now: Date,
  serverFilled: Readonly<Record<string, string>> = {},
): Inspection {
  const files = new Map(
    form.materials.flatMap((m) => readMaterial(values, m.material.id).files.map((f) => [f.id, f])),
  )
  const wallet = new Map(licences.map((l) => [l.id, l]))
  return inspectCase(
    form,
    toApplication(form, values),
    { fileOf: (id) => files.get(id), licenceOf: (id) => wallet.get(id), serverFilled },
    now,
  )
}

/** The masked values the server completes itself (the proven 身份证号), by field key. */
export function serverFilledOf(prefill: Prefill | undefined): Record<string, string> {
  if (!prefill) return {}
  return Object.fromEntries(
    prefill.serverFilled.flatMap((key) => {
      const value = prefill.values[key]
      return value === undefined ? [] : [[key, value]]
    }),
  )
}

/** The user's licences a material can use (免证办): the kind it asks for, expired ones included. */
export const licencesFor = (materialId: string, licences: readonly Licence[]): Licence[] => {
  const kind = licenceKindOf(materialId)
  return kind === undefined ? [] : licences.filter((l) => l.kind === kind)
}

/** Why no licence is offered for a material, and how to upload instead. */
export function licenceHint(material: Material, licences: readonly Licence[], now: Date): string {
  const kind = licenceKindOf(material.id)
  if (kind === undefined) return `电子证照库暂未收录${material.name}，请拍照或选择PDF上传`
  const expired = licences.find((l) => l.expired)
  const refused = expired && licenceIssue(material, expired, now)
  if (refused) return refused
  return `“我的电子证照”中没有您的${LICENCE_NAMES[kind]}，请点“拍照或选照片”或“选择PDF文件”上传`
}

/**
 * Prefill values for the form's empty fields only: what the user typed is never replaced.
 * Returns the draft entries to set.
 */
export function prefillPatch(form: CaseForm, values: DraftValues, prefill: Prefill): DraftValues {
  return Object.fromEntries(
    form.fields.flatMap((f) => {
      const value = prefill.values[f.key]
      const current = values[fieldKey(f.key)] ?? ''
      // A licence's wording that is not one of the choices (个体工商户 on a company form) is left to the user.
      const offered = f.rule !== 'choice' || (f.choices ?? []).includes(value ?? '')
      return value && offered && current.trim() === '' ? [[fieldKey(f.key), value]] : []
    }),
  )
}

const EXTENSIONS = /\.(jpe?g|png|pdf)$/i

/** Refuses before uploading what the server would refuse anyway; temp names without one pass. */
export function precheckFile(file: { name: string; size: number }): string | null {
  if (file.size > MAX_UPLOAD_BYTES) return `“${file.name}”超过10MB，请压缩或分页后重新上传`
  if (/\.[a-z0-9]{1,5}$/i.test(file.name) && !EXTENSIONS.test(file.name)) {
    return `“${file.name}”不是照片或PDF，只能上传 JPG、PNG 或 PDF`
  }
  return null
}

/** A file's own mark: a blurred photo is never shown with ✓ above the ✗ that refuses it. */
export const fileVerdict = (file: Pick<Upload, 'sharpness'>): '✓' | '✗' =>
  file.sharpness !== null && isBlurred(file.sharpness) ? '✗' : '✓'

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes}B`
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)}KB`
  return `${(bytes / 1024 / 1024).toFixed(1)}MB`
}

/** The 补正 form: only what the 帮办员 listed, every listed material now required. */
export function correctionForm(form: CaseForm, detail: CaseDetail): CaseForm {
  const targets = new Set(detail.corrections.map((c) => c.target))
  return {
    ...form,
    fields: form.fields.filter((f) => targets.has(`field:${f.key}`)),
    materials: form.materials
      .filter((m) => targets.has(`material:${m.material.id}`))
      .map((m) => ({ ...m, material: { ...m.material, required: true } })),
  }
}

/** “3月3日 周二”, the last day allowed (the deadline is that day's midnight). */
export function deadlineLabel(deadline: string): string {
  return formatLastDay(deadline)
}

export type ClockTone = 'info' | 'success' | 'warning' | 'danger'

/**
 * The rule every 承诺时限 label follows (the server's mock/cases/working-days.ts): the clock starts
 * the day after 受理, so the day of 受理 is not counted and “剩余” never counts today either.
 */
export function promiseText(days: number): string {
  return days === 0 ? '受理当日办结' : `受理后${days}个工作日内办结（受理次日起算）`
}

/** What the 承诺时限 clock says, in words; overdue is said, never only coloured. */
export function clockText(c: Pick<CaseSummary, 'clock' | 'status' | 'promisedDays'>): {
  text: string
  tone: ClockTone
} {
  const { clock } = c
  if (clock.state === 'waiting') {
    if (c.status === 'refused') return { text: '已终止办理', tone: 'info' }
    const when = c.status === 'correction' ? '补正后重新受理，' : ''
    return {
      text: `${when}${promiseText(c.promisedDays)}`,
      tone: c.status === 'correction' ? 'warning' : 'info',
    }
  }
  const date = clock.deadline ? deadlineLabel(clock.deadline) : ''
  if (clock.state === 'stopped') {
    if (c.status === 'refused') return { text: '已终止办理', tone: 'info' }
    return clock.overdue
      ? { text: `超期办结（最迟应在${date}办结）`, tone: 'warning' }
      : { text: `按时办结（最迟${date}）`, tone: 'success' }
  }
  if (clock.overdue) {
    const late = -(clock.workingDaysLeft ?? 0)
    return {
      text:
        late > 0
          ? `已超期${late}个工作日（最迟应在${date}办结）`
          : `已超出承诺时限（最迟应在${date}办结）`,
      tone: 'danger',
    }
  }
  const left = clock.workingDaysLeft ?? 0
  return {
    text:
      left === 0
        ? `今天是办结期限（${date}），今天内办结`
        : `剩余${left}个工作日（不含今天），最迟${date}办结`,
    tone: left <= 1 ? 'warning' : 'info',
  }
}

/** The 补正 deadline in words: the last day, and the working days left after today. */
export function correctionDueText(
  due: NonNullable<CaseDetail['correctionDue']>,
  now: Date = new Date(),
): { text: string; tone: ClockTone } {
  const day = formatDay(due.lastDay, now)
  const left = due.workingDaysLeft
  if (left < 0) return { text: `补正期限（${day}）已过，请联系帮办员`, tone: 'danger' }
  if (left === 0) return { text: `今天（${day}）是补正最后一天，请今天内提交`, tone: 'warning' }
  return {
    text: `请在${day}前提交补正，剩余${left}个工作日（不含今天）`,
    tone: left <= 2 ? 'warning' : 'info',
  }
}

export type DeskScope = 'open' | 'closed' | 'complaints'

/**
 * What the 帮办工作台 offers: a 帮办员 their cases and the complaints about them; an administrator
 * (who answers every complaint but holds no cases) the complaints alone.
 */
export function deskScopes(roles: readonly StaffRole[] | undefined): DeskScope[] {
  const kinds = new Set(roles?.map((r) => r.kind))
  if (!kinds.has('helper') && kinds.has('admin')) return ['complaints']
  return ['open', 'closed', 'complaints']
}
