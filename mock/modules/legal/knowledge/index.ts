import type { KnowledgeEntry, LegalTopicId } from '../../../../src/services/contract'
import { contractQA, laborQA } from './contract-labor'
import { consumerQA, trafficQA } from './consumer-traffic'
import { familyQA, tenancyQA } from './family-tenancy'
import type { QA } from './types'

const byTopic: Record<LegalTopicId, readonly QA[]> = {
  contract: contractQA,
  labor: laborQA,
  family: familyQA,
  tenancy: tenancyQA,
  consumer: consumerQA,
  traffic: trafficQA,
}

export const KNOWLEDGE: readonly KnowledgeEntry[] = Object.entries(byTopic).flatMap(
  ([topic, entries]) =>
    entries.map(([question, answer, basis], i) => ({
      id: `${topic}-${String(i + 1).padStart(2, '0')}`,
      topic: topic as LegalTopicId,
      question,
      answer,
      basis,
    })),
)
