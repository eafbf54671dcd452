import { Text, View } from '@tarojs/components'
import type { GuideSentence } from '../../../services/contract'
import { openPage } from '../../../platform/navigation'
import { sourceLabel, sourceUrl } from '../model'

/**
 * One sentence of a plan, tappable: it opens the 办事指南 field it was taken from. A generated
 * sentence says so (AI 生成) and names how many guide fields it was phrased from.
 */
export function SentenceRow({ sentence }: { sentence: GuideSentence }) {
  const [first] = sentence.sources
  if (!first) return null
  const cite = sentence.generated
    ? `AI 生成 · 依据${sentence.sources.length}处办事指南，以下方原文为准`
    : `来源：${sourceLabel(first)}`
  return (
    <View
      className={`guide-sentence${sentence.generated ? ' guide-sentence--generated' : ''}`}
      role='link'
      aria-label={`${sentence.text}（${cite}）`}
      hoverClass='guide-sentence--pressed'
      onClick={() => openPage(sourceUrl(first))}
    >
      {sentence.generated && <Text className='guide-sentence__ai'>AI 生成</Text>}
      <Text className='guide-sentence__text'>{sentence.text}</Text>
      <Text className='guide-sentence__source'>{cite} ›</Text>
    </View>
  )
}
