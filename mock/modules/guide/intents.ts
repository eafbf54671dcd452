import * as z from 'zod/mini'
import { parseReference, provenance } from '../reference-data'
import file from './data/intents.json'

/** What a plan is made of: a 一件事 and/or items, in the order they are done. */
const PlanSpec = z.object({
  title: z.optional(z.string().check(z.minLength(1))),
  bundle: z.optional(z.string().check(z.minLength(1))),
  items: z.array(z.string().check(z.minLength(1))),
})
export type PlanSpec = z.infer<typeof PlanSpec>

const Choice = z.object({
  id: z.string().check(z.minLength(1)),
  label: z.string().check(z.minLength(1), z.maxLength(20)),
  plan: PlanSpec,
})

const Intent = z
  .object({
    id: z.string().check(z.minLength(1)),
    label: z.string().check(z.minLength(1)),
    /** Each pattern matches when all its `+`-separated parts occur in the request. */
    patterns: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
    question: z.optional(
      z.object({
        id: z.string().check(z.minLength(1)),
        text: z.string().check(z.minLength(1), z.maxLength(30)),
        choices: z.array(Choice).check(z.minLength(2), z.maxLength(4)),
      }),
    ),
    plan: z.optional(PlanSpec),
  })
  .check(
    z.refine(
      (intent) => (intent.question === undefined) !== (intent.plan === undefined),
      '每条导办规则要么直接给方案（plan），要么先问一个问题（question），二者选一',
    ),
  )
export type Intent = z.infer<typeof Intent>

const IntentsFile = z.object({ ...provenance, intents: z.array(Intent).check(z.minLength(1)) })

export const intents: readonly Intent[] = parseReference(
  'guide/data/intents.json',
  IntentsFile,
  file,
).intents

/** How much of the request a pattern explains (0 when it does not match). */
function patternScore(text: string, pattern: string): number {
  const parts = pattern.split('+')
  return parts.every((part) => text.includes(part)) ? parts.join('').length : 0
}

/**
 * The intent whose pattern explains most of the (normalised) request; on a tie, the one listed
 * first. Null when no pattern matches.
 */
export function matchIntent(text: string, rules: readonly Intent[] = intents): Intent | null {
  let best: { intent: Intent; score: number } | null = null
  for (const intent of rules) {
    const score = Math.max(...intent.patterns.map((p) => patternScore(text, p)))
    if (score > 0 && (!best || score > best.score)) best = { intent, score }
  }
  return best?.intent ?? null
}
