import { useState } from 'react'
import { View } from '@tarojs/components'
import { PageShell } from '../../components/page-shell'
import { SearchEntry } from '../../components/search-entry'
import { Cell } from '../../components/cell'
import { GovButton } from '../../components/gov-button'
import { CatalogBrowser, defaultAudience, ElderItems } from '../../features/catalog'
import { ELDER_TASK_PAGES, HomeEntries } from '../../features/home'
import { useElderMode } from '../../hooks/use-elder-mode'
import { openPage } from '../../platform/navigation'
import { useSession } from '../../stores/session'
import { routes } from '../../utils/routes'

export default function ServicesPage() {
  const audience = defaultAudience(useSession((s) => s.profile?.activeEnterpriseId))
  const elder = useElderMode()
  const [showAll, setShowAll] = useState(false)
  const search = (
    <SearchEntry placeholder='搜索事项：汉字、拼音或首字母' url={routes.catalogSearch} />
  )
  if (elder && !showAll) {
    return (
      <PageShell progressive>
        {search}
        <ElderItems />
        <HomeEntries entries={ELDER_TASK_PAGES} large label='缴费和预约' />
        <View className='gov-section'>
          <GovButton variant='secondary' block onClick={() => setShowAll(true)}>
            看全部办事事项
          </GovButton>
        </View>
      </PageShell>
    )
  }
  return (
    <PageShell progressive>
      {search}
      <View className='gov-section gov-list'>
        <Cell
          title='就近办'
          description='离我最近的政务服务网点'
          onClick={() => openPage(routes.nearby())}
        />
        <Cell
          title='我的收藏'
          description='常办的事项'
          onClick={() => openPage(routes.favorites)}
        />
      </View>
      {/* Remounts when the user switches 个人/法人 in 我的, so the list follows the identity. */}
      <CatalogBrowser key={audience} initialAudience={audience} />
    </PageShell>
  )
}
