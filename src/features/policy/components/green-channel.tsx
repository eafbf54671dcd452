import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { PreReview, PreReviewList } from '../../../services/contract'
import { PreReviewButton } from './prereview-button'
import { PreReviewResult } from './prereview-result'

/** 商户专属绿色通道: 执照年检 pre-review here; 政策兑现 pre-review starts from a policy's 申报. */
export function GreenChannel({ history }: { history: PreReviewList }) {
  const [items, setItems] = useState<PreReview[]>(history.items)
  return (
    <View>
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
