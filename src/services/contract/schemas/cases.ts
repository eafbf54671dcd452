import * as z from 'zod/mini'
import { MAX_FILES_PER_MATERIAL } from '../choices'
import { clean, cleanMultiline } from '../zod'
import { Material } from './catalog'
import { ActingFor } from './family'

const Ref = (label: string) =>
  z.string().check(clean(), z.minLength(1, `请选择${label}`), z.maxLength(64, `${label}编号过长`))

/** What a case is opened from: one 事项 or a 一件事 bundle. */
export const CaseSourceKind = z.enum(['item', 'bundle'])
export type CaseSourceKind = z.infer<typeof CaseSourceKind>
export const CaseSource = z.object({ kind: CaseSourceKind, id: Ref('事项') })
export type CaseSource = z.infer<typeof CaseSource>

/**
 * How a form value is asked and checked: 身份证号 GB 11643, 统一社会信用代码 GB 32100, 手机号,
 * a date (picked, `YYYY-MM-DD`), one of the field's `choices`, or free text.
 */
export const FieldRule = z.enum(['id_number', 'uscc', 'mobile', 'date', 'choice', 'text'])
export type FieldRule = z.infer<typeof FieldRule>

export const CaseFormField = z.object({
  key: z.string(),
  label: z.string(),
  rule: FieldRule,
  /** The answers a `choice` field accepts, in the order they are offered. */
  choices: z.optional(z.array(z.string())),
  forItems: z.array(z.string()),
})
export type CaseFormField = z.infer<typeof CaseFormField>

export const CaseFormMaterial = z.object({ material: Material, forItems: z.array(z.string()) })
export type CaseFormMaterial = z.infer<typeof CaseFormMaterial>

/** The merged application form of an item or bundle: each field and material asked once. */
export const CaseForm = z.object({
  source: CaseSource,
  title: z.string(),
  items: z.array(z.object({ id: z.string(), name: z.string() })),
  fields: z.array(CaseFormField),
  materials: z.array(CaseFormMaterial),
  /** 承诺时限 in working days, counted from 受理; 0 = 即办 (same working day). */
  promisedDays: z.number(),
})
export type CaseForm = z.infer<typeof CaseForm>

export const CaseFormQuery = CaseSource

export const UploadKind = z.enum(['image/jpeg', 'image/png', 'application/pdf'])
export type UploadKind = z.infer<typeof UploadKind>

/** A stored file, typed by its content (magic bytes), never by its name. */
export const Upload = z.object({
  id: z.string(),
  name: z.string(),
  mime: UploadKind,
  size: z.number(),
  sha256: z.string(),
  /** Pixels of an image; null for a PDF. */
  width: z.nullable(z.number()),
  height: z.nullable(z.number()),
  /** Blur score of an image (its strongest edges, see rules/blur); null for a PDF. */
  sharpness: z.nullable(z.number()),
  createdAt: z.string(),
})
export type Upload = z.infer<typeof Upload>

export { MAX_FILES_PER_MATERIAL }

export const MaterialProvision = z.object({
  materialId: Ref('材料'),
  uploadIds: z
    .array(z.string().check(z.maxLength(64)))
    .check(
      z.maxLength(
        MAX_FILES_PER_MATERIAL,
        `每项材料最多${MAX_FILES_PER_MATERIAL}个文件，请删去多余的再提交`,
      ),
    ),
  /** 免证办: the id of one of the applicant's 电子证照 standing in for the files. */
  licenceId: z.nullable(z.string().check(z.maxLength(64, '电子证照编号不正确'))),
})
export type MaterialProvision = z.infer<typeof MaterialProvision>

const FieldValues = z.record(
  z.string().check(z.maxLength(64)),
  z.string().check(z.maxLength(500, '每项填写内容不能超过500个字')),
)

export const CaseApplication = z.object({
  fields: FieldValues,
  materials: z.array(MaterialProvision).check(z.maxLength(60, '材料项过多')),
})
export type CaseApplication = z.infer<typeof CaseApplication>

export const CaseRequest = z.object({
  source: CaseSource,
  ...CaseApplication.shape,
  actingFor: ActingFor,
})
export type CaseRequest = z.infer<typeof CaseRequest>

/**
 * submitted 已提交待受理 → accepted 办理中 → finished 已办结; submitted → correction 待补正 →
 * submitted; submitted/accepted → refused 不予受理.
 */
export const CaseStatus = z.enum(['submitted', 'correction', 'accepted', 'finished', 'refused'])
export type CaseStatus = z.infer<typeof CaseStatus>

export const CaseEvent = z.enum([
  'submitted',
  'assigned',
  'accepted',
  'correction_requested',
  'resubmitted',
  'finished',
  'refused',
  'rated',
  'followed_up',
])
export type CaseEvent = z.infer<typeof CaseEvent>

/** The 承诺时限 clock: waiting until 受理, running while 办理中, stopped when it ends. */
export const CaseClock = z.object({
  state: z.enum(['waiting', 'running', 'stopped']),
  /** ISO instant of the end of the last working day allowed; null before 受理. */
  deadline: z.nullable(z.string()),
  /** Working days left including today; negative when overdue; null before 受理. */
  workingDaysLeft: z.nullable(z.number()),
  overdue: z.boolean(),
})
export type CaseClock = z.infer<typeof CaseClock>

export const CaseHelper = z.object({ name: z.string(), desk: z.string(), phone: z.string() })

export const CaseSummary = z.object({
  id: z.string(),
  /** 办件编号 */
  number: z.string(),
  title: z.string(),
  source: CaseSource,
  status: CaseStatus,
  promisedDays: z.number(),
  clock: CaseClock,
  helper: z.nullable(CaseHelper),
  /** Masked applicant name, for the staff list. */
  applicant: z.string(),
  submittedAt: z.string(),
  updatedAt: z.string(),
  /** Masked name of the family member or 帮办员 who applied under an authorisation. */
  actedBy: z.optional(z.string()),
})
export type CaseSummary = z.infer<typeof CaseSummary>

/** One thing to fix: a field (`field:<key>`) or a material (`material:<id>`). */
export const CorrectionItem = z.object({
  target: z.string().check(z.regex(/^(field|material):[A-Za-z0-9_-]{1,64}$/, '补正对象不正确')),
  reason: z
    .string()
    .check(
      cleanMultiline(),
      z.minLength(2, '请写明需要补正的原因'),
      z.maxLength(200, '补正原因不能超过200个字'),
    ),
})
export type CorrectionItem = z.infer<typeof CorrectionItem>

/** 好差评, the national five levels from best to worst. */
export const RatingLevel = z.enum(
  ['very_satisfied', 'satisfied', 'basic', 'dissatisfied', 'very_dissatisfied'],
  '请选择满意程度（非常满意到非常不满意中的一项）',
)
export type RatingLevel = z.infer<typeof RatingLevel>

export const CaseRating = z.object({
  level: RatingLevel,
  comment: z.string(),
  at: z.string(),
  /** 差评: the local date by which the 帮办员 must follow up (3 working days); else null. */
  followUpDue: z.nullable(z.string()),
  followUp: z.nullable(z.object({ note: z.string(), at: z.string() })),
})
export type CaseRating = z.infer<typeof CaseRating>

export const RatingRequest = z.object({
  level: RatingLevel,
  comment: z.optional(
    z.string().check(cleanMultiline(), z.maxLength(300, '评价内容不能超过300个字')),
  ),
})
export type RatingRequest = z.infer<typeof RatingRequest>

export const FollowUpRequest = z.object({
  note: z
    .string()
    .check(
      cleanMultiline(),
      z.minLength(2, '请写明回访情况和整改措施'),
      z.maxLength(300, '回访内容不能超过300个字'),
    ),
})

export const CaseDetail = z.object({
  ...CaseSummary.shape,
  items: z.array(z.object({ id: z.string(), name: z.string() })),
  /** Values as submitted; 身份证号 and 手机号 masked. */
  fields: z.array(z.object({ key: z.string(), label: z.string(), value: z.string() })),
  materials: z.array(
    z.object({
      materialId: z.string(),
      name: z.string(),
      required: z.boolean(),
      /** The 电子证照 used instead of files (免证办), masked. */
      licence: z.nullable(
        z.object({
          name: z.string(),
          numberMasked: z.string(),
          issuer: z.string(),
          validUntil: z.nullable(z.string()),
        }),
      ),
      files: z.array(Upload),
    }),
  ),
  timeline: z.array(
    z.object({ at: z.string(), event: CaseEvent, actor: z.string(), note: z.string() }),
  ),
  /** The open 补正 list (all at once), labelled; empty unless status is correction. */
  corrections: z.array(z.object({ ...CorrectionItem.shape, label: z.string() })),
  /** The 补正 deadline (5 working days from the day after the request); null unless status is correction. */
  correctionDue: z.nullable(
    z.object({
      /** The last day (YYYY-MM-DD, Beijing) to hand the materials in. */
      lastDay: z.string(),
      /** Working days left after today; 0 on the last day; negative once past it. */
      workingDaysLeft: z.number(),
    }),
  ),
  /** 办结 result or refusal reason. */
  result: z.nullable(z.string()),
  rating: z.nullable(CaseRating),
})
export type CaseDetail = z.infer<typeof CaseDetail>

export const CaseList = z.object({ items: z.array(CaseSummary) })
export type CaseList = z.infer<typeof CaseList>

export const StaffCaseQuery = z.object({
  scope: z.optional(z.enum(['open', 'closed'], '列表范围只能是 open 或 closed')),
})

export const CorrectionRequest = z.object({
  items: z
    .array(CorrectionItem)
    .check(z.minLength(1, '请至少列出一项需要补正的内容'), z.maxLength(30, '补正项过多')),
})
export const FinishRequest = z.object({
  result: z
    .string()
    .check(
      cleanMultiline(),
      z.minLength(2, '请填写办结结果，如“已核发备案凭证”'),
      z.maxLength(300, '办结结果不能超过300个字'),
    ),
})
export const RefuseRequest = z.object({
  reason: z
    .string()
    .check(
      cleanMultiline(),
      z.minLength(2, '请写明不予受理的理由和依据'),
      z.maxLength(300, '理由不能超过300个字'),
    ),
})
