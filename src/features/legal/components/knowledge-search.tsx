import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { AsyncView } from '../../../components/async-view'
import { Chips } from '../../../components/chips'
import { SearchInput } from '../../../components/field/search-input'
import { useDebounced } from '../../../hooks/use-debounced'
import { useRemote } from '../../../hooks/use-remote'
import type { LegalTopicId } from '../../../services/contract'
import { searchKnowledge } from '../api'
import './legal.scss'

const TOPIC_CHIPS: readonly { value: LegalTopicId | undefined; text: string }[] = [
  { value: undefined, text: '全部' },
  { value: 'contract', text: '合同纠纷' },
  { value: 'labor', text: '劳务争议/欠薪' },
  { value: 'family', text: '婚姻家庭' },
  { value: 'tenancy', text: '房屋租赁' },
  { value: 'consumer', text: '消费维权' },
  { value: 'traffic', text: '交通事故' },
]

export function KnowledgeSearch() {
  const [q, setQ] = useState('')
  const [topic, setTopic] = useState<LegalTopicId | undefined>(undefined)
  const query = useDebounced(q.trim(), 300)
  const { state, reload } = useRemote(() => searchKnowledge(query, topic), [query, topic])
  return (
    <View className='legal-search'>
      <SearchInput
        label='搜索法律问题'
        placeholder='如：押金不退、拖欠工资、抚养费'
        value={q}
        onChange={setQ}
      />
      <Chips label='问题类型' options={TOPIC_CHIPS} value={topic} onChange={setTopic} />
      <AsyncView
        state={state}
        onRetry={reload}
        isEmpty={(r) => r.total === 0}
        empty={<Text>没有找到与“{query}”有关的问答。换个说法试试，或直接“问律师”。</Text>}
      >
        {(result) => (
          <View>
            <Text className='gov-text-secondary'>共 {result.total} 条</Text>
            {result.items.map((entry) => (
              <View key={entry.id} className='gov-card gov-section'>
                <Text className='gov-section__title'>问：{entry.question}</Text>
                <Text className='gov-line'>答：{entry.answer}</Text>
                <Text className='legal-kb__basis'>法律依据：{entry.basis}</Text>
              </View>
            ))}
          </View>
        )}
      </AsyncView>
    </View>
  )
}
