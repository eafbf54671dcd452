import { Text, View } from '@tarojs/components'
import type { Assessment } from '../../../services/contract'
import { limitationHeadline } from '../model'
import { formatDay } from '../../../services/contract'
import './legal.scss'

function Bullets({ items }: { items: readonly string[] }) {
  return (
    <View className='legal-list'>
      {items.map((item) => (
        <Text key={item} className='legal-list__item'>
          · {item}
        </Text>
      ))}
    </View>
  )
}

export function AssessmentView({ assessment }: { assessment: Assessment }) {
  const { limitation } = assessment
  return (
    <View className='gov-card gov-section'>
      <Text className='gov-section__title'>时效</Text>
      <View className={`legal-limitation${limitation.expired ? ' legal-limitation--expired' : ''}`}>
        <Text className='legal-limitation__headline'>
          {limitation.expired ? '✗ ' : ''}
          {limitationHeadline(limitation)}
        </Text>
        <Text className='gov-line'>{limitation.name}</Text>
        {limitation.startDate !== null && (
          <Text className='gov-line'>起算日：{formatDay(limitation.startDate)}</Text>
        )}
        <Text className='gov-line'>{limitation.rule}</Text>
        <Text className='gov-text-secondary'>依据：{limitation.basis}</Text>
      </View>
      <Text className='gov-section__title'>案情摘要</Text>
      <Bullets items={assessment.summary} />
      <Text className='gov-section__title'>证据清单</Text>
      <Bullets items={assessment.evidence.map((e) => `□ ${e}`)} />
      <Text className='gov-section__title'>下一步</Text>
      <Bullets items={assessment.nextSteps} />
    </View>
  )
}
