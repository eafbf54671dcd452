import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { Audience } from '../../../services/contract'
import { AsyncView } from '../../../components/async-view'
import { useRemote } from '../../../hooks/use-remote'
import { fetchFacets, listItems, type ItemFilter } from '../api'
import { usePaged } from '../../../hooks/use-paged'
import { AUDIENCE_LABELS } from '../model'
import { BundleList } from './bundle-list'
import { CatalogFilters } from './catalog-filters'
import { PagedItemList } from './paged-item-list'

const PAGE_SIZE = 20

/** 办事: 个人/法人, scenes, departments, 通办 scope, 一件事 and the paged item list. */
export function CatalogBrowser({ initialAudience }: { initialAudience: Audience }) {
  const [filter, setFilter] = useState<ItemFilter>({ audience: initialAudience })
  const facets = useRemote(fetchFacets, [])
  const paged = usePaged(
    (page) => listItems(filter, page, PAGE_SIZE),
    [filter.audience, filter.scene, filter.department, filter.scope],
  )
  const audience = filter.audience ?? initialAudience
  return (
    <View>
      <AsyncView
        state={facets.state}
        onRetry={facets.reload}
        placeholder={<CatalogFilters facets={undefined} filter={filter} onChange={setFilter} />}
      >
        {(data) => <CatalogFilters facets={data} filter={filter} onChange={setFilter} />}
      </AsyncView>
      {!filter.scene && !filter.department && !filter.scope && (
        <View className='gov-section'>
          <Text className='gov-section__title'>高效办成一件事</Text>
          <BundleList audience={audience} />
        </View>
      )}
      <Text className='gov-section__title'>{AUDIENCE_LABELS[audience]}事项</Text>
      <PagedItemList
        paged={paged}
        label='事项列表'
        empty={<Text>这个分类下暂时没有事项，换一个场景或部门看看。</Text>}
      />
    </View>
  )
}
