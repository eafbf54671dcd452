import type { LegalTopic, LegalTopicId } from '../../../src/services/contract'
import type { TopicDef } from './topic-def'
import { consumerTopic, contractTopic, tenancyTopic, trafficTopic } from './topics-civil'
import { familyTopic, laborTopic } from './topics-work-family'

export const TOPICS: readonly TopicDef[] = [
  contractTopic,
  laborTopic,
  familyTopic,
  tenancyTopic,
  consumerTopic,
  trafficTopic,
]

export const topicById = (id: LegalTopicId): TopicDef => {
  const found = TOPICS.find((t) => t.id === id)
  if (!found) throw new Error(`unknown topic ${id}`)
  return found
}

/** The wire form: the internal `short` labels stay on the server. */
export function toWireTopic(topic: TopicDef): LegalTopic {
  return {
    id: topic.id,
    name: topic.name,
    description: topic.description,
    questions: topic.questions.map(({ short: _short, ...question }) => question),
  }
}
