import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { Audience } from '../../../services/contract'
import { AsyncView } from '../../../components/async-view'
import { GovButton } from '../../../components/gov-button'
import { useRemote } from '../../../hooks/use-remote'
import { callPhone } from '../../../platform/phone'
import { searchItems } from '../api'
import { BundleCard } from './bundle-card'
import { ItemCard } from './item-card'
import { SearchInput } from '../../../components/field/search-input'
import { useDebounced } from '../../../hooks/use-debounced'
import { HOTLINE } from '../../../utils/hotline'

const DEBOUNCE_MS = 150

/**
 * Finds items as residents ask (补办社保卡, 我想开个饭店), by Chinese, full pinyin (qiyekaiban) or
 * initials (qykb), one typo tolerated; a 一件事 the question is about comes first.
 */
export function ItemSearch({ audience }: { audience?: Audience }) {
  const [text, setText] = useState('')
  const q = useDebounced(text.trim(), DEBOUNCE_MS)
  const { state, reload } = useRemote(
    () => (q === '' ? Promise.resolve(null) : searchItems(q, audience)),
    [q, audience],
  )
  return (
    <View>
      <SearchInput
        label='搜索事项'
        placeholder='事项名称或拼音，如：企业开办、qykb'
        value={text}
        onChange={setText}
      />
      <AsyncView state={state} onRetry={reload} skeletonRows={2}>
        {(result) =>
          result === null ? (
            <Text className='gov-text-secondary'>
              输入汉字、全拼或首字母都能找到，打错一个字也没关系。
            </Text>
          ) : result.hits.length + (result.bundles?.length ?? 0) > 0 ? (
            <View aria-label='搜索结果'>
              {result.bundles?.map(({ bundle }) => (
                <BundleCard key={bundle.id} bundle={bundle} />
              ))}
              {result.hits.map((hit) => (
                <ItemCard key={hit.item.id} item={hit.item} highlight={hit.highlight} />
              ))}
            </View>
          ) : (
            <View>
              <View className='gov-card gov-section'>
                <Text>没有找到与“{q}”有关的事项。</Text>
                <Text className='gov-text-secondary'>
                  换个说法试试，或直接电话咨询，工作人员帮您查。
                </Text>
                <GovButton variant='secondary' onClick={() => void callPhone(HOTLINE)}>
                  拨打 {HOTLINE} 政务服务便民热线
                </GovButton>
              </View>
              {result.related.length > 0 && (
                <View aria-label='常办事项'>
                  <Text className='gov-section__title'>大家常办的事项</Text>
                  {result.related.map((item) => (
                    <ItemCard key={item.id} item={item} />
                  ))}
                </View>
              )}
            </View>
          )
        }
      </AsyncView>
    </View>
  )
}
