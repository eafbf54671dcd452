import type { KnowledgeEntry, LegalTopicId } from '../../../src/services/contract'

const PUNCTUATION = /[\s，。、？！；：“”‘’（）《》〈〉,.?!;:()"'-]+/g

function bigrams(text: string): Set<string> {
  const clean = text.replace(PUNCTUATION, '')
  const grams = new Set<string>()
  for (let i = 0; i + 1 < clean.length; i++) grams.add(clean.slice(i, i + 2))
  return grams
}

/**
 * Whole-phrase hits first (question over answer over basis), then entries sharing the most
 * two-character pieces with the query — so 「欠薪」 and 「拖欠工资怎么办」 both find answers.
 */
function score(entry: KnowledgeEntry, query: string, grams: Set<string>): number {
  const q = query.replace(PUNCTUATION, '')
  if (q === '') return 0
  let total = 0
  if (entry.question.includes(q)) total += 100
  if (entry.answer.includes(q)) total += 40
  if (entry.basis.includes(q)) total += 30
  const questionGrams = bigrams(entry.question)
  const answerGrams = bigrams(entry.answer)
  for (const gram of grams) {
    if (questionGrams.has(gram)) total += 6
    else if (answerGrams.has(gram)) total += 2
  }
  // Single characters (e.g. 「租」) only count when nothing longer matched.
  if (total === 0 && q.length === 1 && (entry.question + entry.answer).includes(q)) total = 1
  return total
}

export function searchKnowledge(
  entries: readonly KnowledgeEntry[],
  query: string | undefined,
  topic: LegalTopicId | undefined,
): KnowledgeEntry[] {
  const inTopic = topic === undefined ? entries : entries.filter((e) => e.topic === topic)
  const q = query?.trim() ?? ''
  if (q === '') return [...inTopic]
  const grams = bigrams(q)
  // Weak matches (one shared common pair such as 「可以」) are noise once a query is longer.
  const threshold = grams.size >= 3 ? 8 : 1
  return inTopic
    .map((entry, order) => ({ entry, order, points: score(entry, q, grams) }))
    .filter((r) => r.points >= threshold)
    .sort((a, b) => b.points - a.points || a.order - b.order)
    .map((r) => r.entry)
}
