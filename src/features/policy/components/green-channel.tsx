import { Text, View } from '@tarojs/components'
import type { MatchList, PreReview, PreReviewList } from '../../../services/contract'
import { useRecord } from '../../../hooks/use-record'
import { MatchCard } from './match-card'
import { PreReviewButton } from './prereview-button'
import { PreReviewResult } from './prereview-result'

/** 商户专属绿色通道: 执照年检 pre-review here; 政策兑现 pre-review starts from a policy's 申报. */
export function GreenChannel({ history, matches }: { history: PreReviewList; matches: MatchList }) {
  // Back from a policy's 申报, the list shows the pre-review made there.
  const [items, setItems] = useRecord<PreReview[]>(history.items)
  const ready = matches.items.filter((m) => m.status === 'full' && m.policy.mode === 'apply')
  return (
    <View>
      <View className='gov-section' aria-label='政策兑现在线预审'>
        <Text className='gov-section__title'>政策兑现在线预审（{ready.length}）</Text>
        <Text className='gov-text-secondary'>
          以下自行申报的政策本企业完全符合，点开后“申报”即提交在线预审。
        </Text>
        {ready.map((match) => (
          <MatchCard key={match.policy.id} match={match} />
        ))}
      </View>
      <View className='gov-card gov-section'>
        <Text className='gov-section__title'>执照年检（企业年度报告）预审</Text>
        <Text className='gov-text-secondary'>
          按企业画像核对年报所需信息，告诉您能否报送、缺什么、何时截止。
        </Text>
        <PreReviewButton
          request={{ kind: 'annual_report' }}
          label='开始年检预审'
          onDone={(review) => setItems((prev) => [review, ...prev])}
        />
      </View>
      <View className='gov-section' aria-label='预审记录'>
        <Text className='gov-section__title'>预审记录（{items.length}）</Text>
        {items.length === 0 && (
          <Text className='gov-text-secondary'>
            还没有预审记录。政策兑现预审：在政策详情中点“申报”。
          </Text>
        )}
        {items.map((review) => (
          <PreReviewResult key={review.id} review={review} />
        ))}
      </View>
    </View>
  )
}
