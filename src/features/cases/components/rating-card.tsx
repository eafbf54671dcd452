import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { CaseDetail, RatingLevel } from '../../../services/contract'
import { ChoiceField } from '../../../components/choice-group/choice-field'
import { Field } from '../../../components/field'
import { GovButton } from '../../../components/gov-button'
import { Notice } from '../../../components/notice'
import { isApiError } from '../../../services/http'
import { randomId } from '../../../platform/random'
import { formatDay } from '../../../services/contract'
import { rateCase } from '../api'
import { isBadRating, RATING_CHOICES, ratingLabel } from '../model'

export function RatingShown({ rating }: { rating: NonNullable<CaseDetail['rating']> }) {
  return (
    <View>
      <Text className='gov-line'>
        您的评价：{ratingLabel(rating.level)}
        {rating.comment ? `（${rating.comment}）` : ''}
      </Text>
      {rating.followUp ? (
        <Text className='gov-line'>
          帮办员回访（{formatDay(rating.followUp.at)}）：
          {rating.followUp.note}
        </Text>
      ) : (
        rating.followUpDue && (
          <Text className='gov-line'>
            差评已转帮办员整改，最迟{formatDay(rating.followUpDue)}回访您。
          </Text>
        )
      )}
    </View>
  )
}

/** 好差评 of a closed case: five levels, a reason required for 不满意, sent once. */
export function RatingCard({
  detail,
  onRated,
}: {
  detail: CaseDetail
  onRated: (next: CaseDetail) => void
}) {
  // No level is chosen for the resident: a rating must be their own choice.
  const [level, setLevel] = useState<RatingLevel | ''>('')
  const [levelError, setLevelError] = useState<string | undefined>(undefined)
  const [comment, setComment] = useState('')
  const [key] = useState(randomId)
  const [sending, setSending] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const bad = level !== '' && isBadRating(level)
  const choose = (next: RatingLevel) => {
    setLevel(next)
    setLevelError(undefined)
  }
  const send = async () => {
    if (level === '') {
      setLevelError('请先选择满意程度：从“非常满意”到“非常不满意”中点选一项')
      return
    }
    setSending(true)
    setError(null)
    try {
      onRated(await rateCase(detail.id, { level, comment }, key))
    } catch (failure) {
      setError(isApiError(failure) ? failure.message : '评价没有提交成功，请稍后重试')
    } finally {
      setSending(false)
    }
  }
  return (
    <View className='gov-card gov-section' aria-label='好差评'>
      <Text className='gov-section__title'>好差评</Text>
      {detail.rating ? (
        <RatingShown rating={detail.rating} />
      ) : (
        <View>
          <ChoiceField
            label='办事满意度'
            choices={RATING_CHOICES}
            value={level}
            error={levelError}
            onChange={choose}
          />
          <Field
            name='comment'
            label={bad ? '不满意的原因（必填）' : '想说的话（选填）'}
            value={comment}
            maxlength={300}
            placeholder={bad ? '如：材料要求没有一次说清' : '如：帮办员很耐心'}
            onInput={setComment}
          />
          {error && <Notice tone='danger'>{error}</Notice>}
          <GovButton block loading={sending} onClick={() => void send()}>
            提交评价
          </GovButton>
        </View>
      )}
    </View>
  )
}
