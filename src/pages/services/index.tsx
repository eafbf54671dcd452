import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { PointKind } from '../../services/contract'
import { PageShell } from '../../components/page-shell'
import { KindFilter, PointList } from '../../features/service-points'
import { SearchEntry } from '../../components/search-entry'
import { routes } from '../../utils/routes'

export default function ServicesPage() {
  const [kind, setKind] = useState<PointKind | undefined>(undefined)
  return (
    <PageShell>
      <View className='gov-section'>
        <Text className='gov-section__title'>到哪里办</Text>
        <Text className='gov-text-secondary'>
          青山区政务服务中心、街道便民服务中心、社区便民服务站、政银合作网点和商圈服务点
        </Text>
      </View>
      <SearchEntry placeholder='搜索网点、街道或业务' url={routes.pointSearch} />
      <KindFilter value={kind} onChange={setKind} />
      <PointList kind={kind} />
    </PageShell>
  )
}
