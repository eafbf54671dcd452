import type {
  GuideAnswerChoice,
  GuidePlan,
  GuideSection,
  GuideSource,
  GuideSourceField,
} from '../../services/contract'
import { routes } from '../../utils/routes'
import { speechOf } from '../../utils/speech-text'

/** The conversation as the draft keeps it (strings only): what was asked and the choices made. */
export interface GuideDraft extends Record<string, string> {
  /** What is in the box now. */
  text: string
  /** What was sent; empty before the first question. */
  asked: string
  /** JSON of the answers given to clarifying questions. */
  answers: string
}

export const EMPTY_DRAFT: GuideDraft = { text: '', asked: '', answers: '[]' }

/** Checked as the contract's GuideAnswerChoice does, without loading zod on the page. */
const within = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.length >= 1 && value.length <= max

function answerChoice(value: unknown): GuideAnswerChoice | null {
  if (typeof value !== 'object' || value === null) return null
  const { question, choice } = value as Record<string, unknown>
  return within(question, 60) && within(choice, 80) ? { question, choice } : null
}

/** The answers kept in the draft; a damaged draft counts as none (the user is asked again). */
export function parseAnswers(json: string): GuideAnswerChoice[] {
  try {
    const parsed: unknown = JSON.parse(json)
    if (!Array.isArray(parsed)) return []
    const answers = parsed.map(answerChoice)
    return answers.every((a) => a !== null) ? (answers as GuideAnswerChoice[]) : []
  } catch {
    return []
  }
}

export const withAnswer = (json: string, question: string, choice: string): string =>
  JSON.stringify([
    ...parseAnswers(json).filter((a) => a.question !== question),
    { question, choice },
  ])

export const FIELD_LABELS: Record<GuideSourceField, string> = {
  name: '事项名称',
  description: '一件事简介',
  items: '包含事项',
  promisedDays: '承诺时限',
  visits: '到现场次数',
  online: '网上办理',
  materials: '申请材料',
  places: '办理地点',
  steps: '办理流程',
  fee: '收费标准',
}

export const SECTION_TITLES: Record<GuideSection, string> = {
  summary: '概括',
  overview: '要办的事',
  steps: '办理顺序',
  time: '时间和跑动',
  materials: '要带的材料',
  place: '去哪儿办',
}

export const SECTION_ORDER: readonly GuideSection[] = [
  'summary',
  'overview',
  'steps',
  'time',
  'materials',
  'place',
]

/** The 办事指南 page a source points at; the field travels along so the link says which part. */
export function sourceUrl(source: GuideSource): string {
  const page = source.kind === 'bundle' ? routes.bundle(source.id) : routes.guide(source.id)
  return `${page}&field=${source.field}`
}

export const sourceLabel = (source: GuideSource) => `${source.name} · ${FIELD_LABELS[source.field]}`

/** What 朗读 says: the title, then each sentence as written (generated ones announced as such). */
export function planSpeech(plan: GuidePlan): string {
  return speechOf([
    `办事方案：${plan.title}。`,
    ...SECTION_ORDER.flatMap((section) =>
      plan.sentences
        .filter((s) => s.section === section)
        .map((s) => (s.generated ? `以下由AI生成：${s.text}` : s.text)),
    ),
  ])
}
