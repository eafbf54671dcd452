import type { IntakeQuestion, LegalTopic, Limitation } from '../../../src/services/contract'

export interface QuestionDef extends IntakeQuestion {
  /** How the answer is labelled in the case summary. */
  short: string
}

/** Answers after validation: choice values and YYYY-MM-DD dates, only for questions asked. */
export type Answers = Readonly<Record<string, string | undefined>>

export interface TopicDef extends Omit<LegalTopic, 'questions'> {
  questions: readonly QuestionDef[]
  evidence(answers: Answers): string[]
  limitation(answers: Answers, now: Date): Limitation
  nextSteps(answers: Answers): string[]
}

type Options = readonly (readonly [string, string])[]
type When = { question: string; value: string }

export function choice(id: string, short: string, text: string, options: Options): QuestionDef {
  return {
    id,
    short,
    text,
    kind: 'choice',
    required: true,
    options: options.map(([value, label]) => ({ value, label })),
  }
}

export function date(
  id: string,
  short: string,
  text: string,
  extra: { hint?: string; required?: boolean; when?: When } = {},
): QuestionDef {
  const { required = true, ...rest } = extra
  return { id, short, text, kind: 'date', required, options: [], ...rest }
}

/** The 12348 line and the district's centre close every list of next steps. */
export const PUBLIC_LEGAL_SERVICE =
  '拿不准时拨打 12348 公共法律服务热线，或到青山区公共法律服务中心找值班律师免费咨询'
