import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { GRANT_MAX_ITEMS } from '../../../services/contract'
import { AsyncView } from '../../../components/async-view'
import { Field } from '../../../components/field'
import { useDebounced } from '../../../hooks/use-debounced'
import { useRemote } from '../../../hooks/use-remote'
import { bookableItems, favoriteItems } from '../api'
import { suggestions, toggleItem, type ChosenItem } from '../model'

async function load(q: string) {
  const [favorites, bookable] = await Promise.all([
    q === '' ? favoriteItems().catch(() => []) : Promise.resolve([]),
    bookableItems(q),
  ])
  return suggestions(favorites, bookable)
}

function ItemRow({
  item,
  checked,
  onToggle,
}: {
  item: ChosenItem
  checked: boolean
  onToggle: () => void
}) {
  return (
    <View
      className={`family-item${checked ? ' family-item--checked' : ''}`}
      role='checkbox'
      aria-checked={checked}
      aria-label={item.name}
      onClick={onToggle}
    >
      <Text className='family-item__mark'>{checked ? '✓' : '＋'}</Text>
      <Text className='family-item__name'>
        {item.name}
        {checked ? '（已选）' : ''}
      </Text>
    </View>
  )
}

/** The items a grant covers: chosen ones on top, then favourites and bookable items, with search. */
export function ItemChooser({
  chosen,
  onChange,
}: {
  chosen: readonly ChosenItem[]
  onChange: (items: ChosenItem[]) => void
}) {
  const [text, setText] = useState('')
  const q = useDebounced(text.trim(), 300)
  const { state, reload } = useRemote(() => load(q), [q])
  const ids = new Set(chosen.map((i) => i.id))
  const toggle = (item: ChosenItem) => onChange(toggleItem(chosen, item))
  return (
    <View>
      <Text className='gov-line'>
        已选{chosen.length}项（最多{GRANT_MAX_ITEMS}项）。对方只能办您选的事项。
      </Text>
      {chosen.map((item) => (
        <ItemRow key={item.id} item={item} checked onToggle={() => toggle(item)} />
      ))}
      <Field
        name='itemSearch'
        label='搜索事项'
        value={text}
        placeholder='事项名称或拼音，如：社保卡'
        maxlength={30}
        onInput={setText}
      />
      <AsyncView
        state={state}
        onRetry={reload}
        isEmpty={(items) => items.length === 0}
        empty={<Text>没有找到“{q}”，换个说法试试。</Text>}
      >
        {(items) => (
          <View aria-label={q === '' ? '您收藏的和常办的事项' : '搜索到的事项'}>
            <Text className='gov-section__title'>
              {q === '' ? '您收藏的和常办的事项' : '搜索结果'}
            </Text>
            {items
              .filter((item) => !ids.has(item.id))
              .map((item) => (
                <ItemRow key={item.id} item={item} checked={false} onToggle={() => toggle(item)} />
              ))}
          </View>
        )}
      </AsyncView>
    </View>
  )
}
