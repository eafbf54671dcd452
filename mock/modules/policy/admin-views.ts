import type {
  PolicyContent,
  PolicyEditor,
  PolicyRow,
  RuleFact,
} from '../../../src/services/contract'
import type { Repos } from '../repositories'
import { peopleOf, type Person } from '../admin/people'
import type { PolicyRecord } from './content-repository'
import { FACT_META } from './facts'
import { FACT_OPTIONS, kindOf, OP_LABELS, opsOf } from './rule-check'
import { BOOL_FACTS, ENUM_FACTS, NUMBER_FACTS, SET_FACTS, type PolicySeed } from './types'
import { keptAnswer } from '../../http/kept-answer'

const parse = (json: string | null): PolicySeed | null =>
  json === null ? null : (JSON.parse(json) as PolicySeed)

/** The stored policy as the console edits it (the condition types widen to the wire's). */
const content = (p: PolicySeed | null): PolicyContent | null =>
  p === null ? null : (structuredClone(p) as PolicyContent)

export const livePolicy = (r: PolicyRecord): PolicySeed | null =>
  r.status === 'published' ? parse(r.published_json) : null

export function toPolicyRow(r: PolicyRecord): PolicyRow {
  const shown = parse(r.draft_json ?? r.published_json)
  const live = parse(r.published_json)
  const p = live ?? shown
  if (p === null) throw new Error(`policy ${r.id} has neither a draft nor a published version`)
  return {
    id: r.id,
    title: p.title,
    level: p.level,
    department: p.department,
    mode: p.mode,
    status: r.status,
    version: r.version,
    hasDraft: r.draft_json !== null,
    editedAt: r.edited_at,
  }
}

/** The editor but for who published each version (names change; they are read per request). */
export interface EditorContent extends Omit<PolicyEditor, 'history'> {
  history: (Omit<PolicyEditor['history'][number], 'publishedBy'> & {
    publishedById: string | null
  })[]
}

/** What a policy's editor shows of its row and history: kept per policies version. */
export async function editorContent(repos: Repos, r: PolicyRecord): Promise<EditorContent> {
  const history = await repos.policyContent.history(r.id)
  return {
    id: r.id,
    status: r.status,
    version: r.version,
    published: content(parse(r.published_json)),
    draft: content(parse(r.draft_json)),
    draftUpdatedAt: r.draft_updated_at,
    history: history.map((h) => ({
      version: h.version,
      title: (JSON.parse(h.policy_json) as PolicySeed).title,
      publishedAt: h.published_at,
      publishedById: h.published_by,
    })),
  }
}

/** The editor with the publishers' names, all read in one query. */
export async function withPublishers(repos: Repos, e: EditorContent): Promise<PolicyEditor> {
  return withPublishersNamed(e, await publishersOf(repos, e))
}

/** Who published each version of the editor's history, read in one query. */
export const publishersOf = (repos: Repos, e: EditorContent) =>
  peopleOf(
    repos,
    e.history.map((h) => h.publishedById),
  )

export function withPublishersNamed(
  e: EditorContent,
  person: (userId: string | null) => Person | null,
): PolicyEditor {
  return {
    ...e,
    history: e.history.map(({ publishedById, ...h }) => ({
      ...h,
      publishedBy: person(publishedById),
    })),
  }
}

export async function toEditor(repos: Repos, r: PolicyRecord): Promise<PolicyEditor> {
  return withPublishers(repos, await editorContent(repos, r))
}

let facts: { facts: RuleFact[] } | undefined

/**
 * What the rule builder offers: each fact with its operators and, for choices, the values. Made
 * of constants only, so made (and encoded) once.
 */
export function ruleFacts(): { facts: RuleFact[] } {
  facts ??= keptAnswer({ facts: makeRuleFacts() })
  return facts
}

function makeRuleFacts(): RuleFact[] {
  return [...NUMBER_FACTS, ...ENUM_FACTS, ...SET_FACTS, ...BOOL_FACTS].map((key) => ({
    key,
    label: FACT_META[key].label,
    kind: kindOf(key),
    unit: FACT_META[key].unit,
    ops: opsOf(key).map((op) => ({ value: op, label: OP_LABELS[op] })),
    options: FACT_OPTIONS[key]?.map((o) => ({ value: o.value, label: o.label })) ?? null,
  }))
}
