import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { AsyncView } from '../../../components/async-view'
import { SearchInput } from '../../../components/field/search-input'
import { useDebounced } from '../../../hooks/use-debounced'
import { useRemote } from '../../../hooks/use-remote'
import { openPage } from '../../../platform/navigation'
import { routes } from '../../../utils/routes'
import { bookingItems } from '../api'

/** First step from the 预约 entry: find the item; only items some point handles are offered. */
export function ItemPicker() {
  const [text, setText] = useState('')
  const q = useDebounced(text.trim(), 200)
  const { state, reload } = useRemote(() => bookingItems(q), [q])
  return (
    <View>
      <SearchInput
        label='搜索要预约的事项'
        placeholder='事项名称或拼音，如：sbk'
        value={text}
        onChange={setText}
      />
      <AsyncView
        state={state}
        onRetry={reload}
        isEmpty={(items) => items.length === 0}
        empty={<Text>没有找到可以预约的“{q}”，换个说法试试，或拨打12345咨询。</Text>}
      >
        {(items) => (
          <View aria-label={q === '' ? '常约事项' : '可预约的事项'}>
            {q === '' && <Text className='gov-section__title'>大家常约的事项</Text>}
            {items.map((item) => (
              <View
                key={item.id}
                className='gov-list-card'
                role='button'
                aria-label={item.name}
                onClick={() => openPage(routes.book(item.id))}
              >
                <Text>{item.name}</Text>
                <Text className='gov-text-secondary'>{item.department}</Text>
              </View>
            ))}
          </View>
        )}
      </AsyncView>
    </View>
  )
}
