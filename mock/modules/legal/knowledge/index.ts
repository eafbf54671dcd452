import * as z from 'zod/mini'
import { LegalTopicId, type KnowledgeEntry } from '../../../../src/services/contract'
import { parseReference, provenance } from '../../reference-data'
import consumerTraffic from './consumer-traffic.json'
import contractLabor from './contract-labor.json'
import familyTenancy from './family-tenancy.json'

/** One answer with the 法条 it rests on. */
const Answer = z.object({
  question: z.string().check(z.minLength(1)),
  answer: z.string().check(z.minLength(1)),
  basis: z.string().check(z.minLength(1)),
})
const KnowledgeFile = z.object({
  ...provenance,
  topics: z.partialRecord(LegalTopicId, z.array(Answer)),
})

const FILES: [name: string, data: unknown][] = [
  ['contract-labor', contractLabor],
  ['family-tenancy', familyTenancy],
  ['consumer-traffic', consumerTraffic],
]

/** In file order; an answer's id is its topic and place in it (contract-01). */
export const KNOWLEDGE: readonly KnowledgeEntry[] = FILES.flatMap(([name, data]) => {
  const { topics } = parseReference(`legal/knowledge/${name}.json`, KnowledgeFile, data)
  return (Object.entries(topics) as [LegalTopicId, z.infer<typeof Answer>[]][]).flatMap(
    ([topic, answers]) =>
      answers.map((entry, i) => ({
        id: `${topic}-${String(i + 1).padStart(2, '0')}`,
        topic,
        ...entry,
      })),
  )
})
