import type { Llm } from './llm'
import { normalizeAsk } from './words'

const REWRITE_PROMPT =
  '你是政务服务事项检索助手。把居民的话改写成政务服务事项目录里的规范用语（事项名称的关键词），' +
  '只输出关键词本身，不超过12个字，不要解释，不要标点。'

const SUMMARY_PROMPT =
  '你是政务服务导办员。根据给出的办事指南要点，用一两句口语化的话概括办事方案。' +
  '只能使用要点里的事实和数字，不得增加任何要点里没有的内容，不超过80个字。'

const MAX_REWRITE_CHARS = 12
const MAX_SUMMARY_CHARS = 120

/** The request in catalog terms, or null when the model has nothing usable. */
export async function rewriteQuery(llm: Llm, text: string): Promise<string | null> {
  const reply = await llm.complete(REWRITE_PROMPT, text)
  if (reply === null) return null
  const terms = normalizeAsk(reply)
  return terms.length >= 2 && [...terms].length <= MAX_REWRITE_CHARS ? terms : null
}

const numbersIn = (text: string) => text.match(/\d+(\.\d+)?/g) ?? []

/**
 * A short summary of the plan in the model's words, kept only when it is plain text and every
 * number in it appears in the facts it was given (a changed time limit or fee is the invention
 * that would hurt most); otherwise null and the plan stands without it.
 */
export async function summarizePlan(llm: Llm, facts: readonly string[]): Promise<string | null> {
  const reply = await llm.complete(SUMMARY_PROMPT, facts.join('\n'))
  if (reply === null) return null
  const text = reply.replace(/\s+/g, ' ').trim()
  if (text.length === 0 || [...text].length > MAX_SUMMARY_CHARS || /[<>]/.test(text)) return null
  const known = new Set(facts.flatMap(numbersIn))
  return numbersIn(text).every((n) => known.has(n)) ? text : null
}
