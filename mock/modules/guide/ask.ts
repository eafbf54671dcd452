import type {
  GuideAnswerChoice,
  GuideAskRequest,
  GuidePlan,
  GuideReply,
} from '../../../src/services/contract'
import { ApiError } from '../../http/errors'
import { catalogToday, retiredBy } from '../catalog/repository'
import type { SearchIndex } from '../catalog/search'
import { walletOf } from '../ecert/wallet'
import type { Repos } from '../repositories'
import { rewriteQuery, summarizePlan } from './generated'
import { matchIntent, type PlanSpec } from './intents'
import type { Llm } from './llm'
import { buildPlan, heldKinds, sourcesOf } from './plan'
import { retrieve } from './retrieve'
import { normalizeAsk } from './words'

export const HOTLINE = '12345'
/** The id of the question 智能导办 asks when search, not a rule, found several items. */
export const PICK_ITEM = 'pick-item'

export interface AskDeps {
  repos: Repos
  search: () => Promise<SearchIndex>
  llm: Llm | null
}

interface Asker {
  userId: string
  now: Date
}

type Understood = Pick<GuideReply, 'intent' | 'rewrittenBy'>

const stale = () =>
  new ApiError(409, 'GUIDE_ANSWER_STALE', '这个问题的选项已更新，请点“重新说”再说一遍您要办什么')

function answerTo(answers: readonly GuideAnswerChoice[], question: string) {
  return answers.find((a) => a.question === question)
}

async function nothingFits(repos: Repos, understood: Understood): Promise<GuideReply> {
  const points = await repos.servicePoints.list({})
  const desk = points.find((p) => p.features.includes('帮办代办'))
  return {
    kind: 'none',
    ...understood,
    message: `没有找到与您说的相符的事项。您可以换个说法再试，或拨打${HOTLINE}政务服务便民热线，也可以到帮办代办窗口请工作人员帮您办。`,
    hotline: HOTLINE,
    helpDesk: desk
      ? { pointId: desk.id, name: desk.name, address: desk.address, phone: desk.phone }
      : null,
  }
}

async function planReply(
  deps: AskDeps,
  spec: PlanSpec,
  request: GuideAskRequest,
  asker: Asker,
  understood: Understood,
): Promise<GuideReply> {
  const { latitude, longitude } = request
  const held = heldKinds(await walletOf(deps.repos, asker.userId, asker.now), asker.now)
  const origin = latitude !== undefined && longitude !== undefined ? { latitude, longitude } : null
  const plan = await buildPlan(spec, { repos: deps.repos, held, origin })
  if (!plan) return nothingFits(deps.repos, understood)
  return { kind: 'plan', ...understood, plan: await withSummary(deps.llm, plan) }
}

/** The model's one-line summary first, labelled AI 生成 and citing what it was given. */
async function withSummary(llm: Llm | null, plan: GuidePlan): Promise<GuidePlan> {
  if (!llm) return plan
  const basis = plan.sentences.filter((s) => s.section !== 'materials')
  const summary = await summarizePlan(llm, [plan.title, ...basis.map((s) => s.text)])
  if (!summary) return plan
  const sentence = {
    section: 'summary' as const,
    text: summary,
    sources: sourcesOf(basis),
    generated: true,
  }
  return { ...plan, sentences: [sentence, ...plan.sentences] }
}

/** 智能导办: a rule's question or plan; else the catalog's search; else nothing fits. */
export async function ask(
  deps: AskDeps,
  request: GuideAskRequest,
  asker: Asker,
): Promise<GuideReply> {
  const answers = request.answers ?? []
  const text = normalizeAsk(request.text)
  const intent = matchIntent(text)
  if (intent) {
    const understood = { intent: intent.label, rewrittenBy: null }
    if (intent.plan) return planReply(deps, intent.plan, request, asker, understood)
    const question = intent.question
    if (!question) return nothingFits(deps.repos, understood)
    const answer = answerTo(answers, question.id)
    if (!answer)
      return {
        kind: 'question',
        ...understood,
        question: {
          id: question.id,
          text: question.text,
          choices: question.choices.map(({ id, label }) => ({ id, label })),
        },
      }
    const choice = question.choices.find((c) => c.id === answer.choice)
    if (!choice) throw stale()
    return planReply(deps, choice.plan, request, asker, understood)
  }

  const index = await deps.search()
  let found = retrieve(index, text)
  let rewrittenBy: Understood['rewrittenBy'] = null
  if (found.items.length === 0 && !found.bundle && deps.llm) {
    const terms = await rewriteQuery(deps.llm, request.text)
    if (terms) {
      found = retrieve(index, terms)
      if (found.items.length > 0 || found.bundle) rewrittenBy = { text: terms, generated: true }
    }
  }
  const understood = { intent: null, rewrittenBy }
  if (found.bundle)
    return planReply(deps, { bundle: found.bundle, items: [] }, request, asker, understood)
  if (found.items.length === 0) return nothingFits(deps.repos, understood)
  const picked = answerTo(answers, PICK_ITEM)
  if (picked && !found.items.includes(picked.choice)) throw stale()
  const only = found.items.length === 1 ? found.items[0] : undefined
  const chosen = picked?.choice ?? only
  if (chosen) return planReply(deps, { items: [chosen] }, request, asker, understood)
  const today = catalogToday()
  const items = (await deps.repos.catalog.summaries(found.items)).filter(
    (item) => !retiredBy(item.retiredOn, today),
  )
  return {
    kind: 'question',
    ...understood,
    question: {
      id: PICK_ITEM,
      text: '您要办的是哪一项？',
      choices: items.map((item) => ({ id: item.id, label: item.name })),
    },
  }
}
