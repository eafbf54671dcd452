import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import type { Complaint, ComplaintKind } from '../../../services/contract'
import { formatDay, formatDayTime } from '../../../services/contract'
import './cases.scss'

export const KIND_TEXT: Record<ComplaintKind, string> = { complaint: '投诉', suggestion: '建议' }

/** The answer, with when it came and, when it came late, that it did. */
export function ComplaintAnswer({ answer }: { answer: NonNullable<Complaint['answer']> }) {
  return (
    <View className='complaint-answer' aria-label='答复'>
      <Text className='gov-line'>答复：{answer.text}</Text>
      <Text className='gov-text-secondary'>
        {formatDayTime(answer.answeredAt)} 答复{answer.onTime ? '' : '（超过答复期限）'}
      </Text>
    </View>
  )
}

/** One 投诉建议: what it is about, what was said, and its answer — or `pending` until there is one. */
export function ComplaintCard({
  complaint: c,
  pending,
}: {
  complaint: Complaint
  pending: ReactNode
}) {
  return (
    <View className='gov-list-card'>
      <Text className='case-card__title'>
        {KIND_TEXT[c.kind]} · {c.number}
      </Text>
      {c.case && (
        <Text className='gov-text-secondary'>
          关于办件 {c.case.number}（{c.case.title}）
        </Text>
      )}
      <Text className='gov-line'>{c.content}</Text>
      <Text className='gov-text-secondary'>
        {formatDayTime(c.createdAt)} 提交
        {c.answer ? '' : `，最迟${formatDay(c.replyDue)}答复`}
      </Text>
      {c.answer ? <ComplaintAnswer answer={c.answer} /> : pending}
    </View>
  )
}

/** 我的投诉建议; `first` (opened from a message) is shown at the top. */
export function ComplaintItems({ items, first }: { items: Complaint[]; first?: string }) {
  const ordered = first
    ? [...items.filter((c) => c.id === first), ...items.filter((c) => c.id !== first)]
    : items
  return (
    <View className='gov-section' aria-label='我的投诉建议'>
      <Text className='gov-section__title'>我的投诉建议</Text>
      {ordered.length === 0 && <Text className='gov-text-secondary'>还没有提交过。</Text>}
      {ordered.map((c) => (
        <ComplaintCard
          key={c.id}
          complaint={c}
          pending={<Text className='gov-text-secondary'>待答复</Text>}
        />
      ))}
    </View>
  )
}
