import { PageShell } from '../../../../components/page-shell'
import { SearchEntry } from '../../../../components/search-entry'
import { currentParams } from '../../../../platform/navigation'
import { NearbyView } from '../../../../features/points'
import { routes } from '../../../../utils/routes'

export default function NearbyPage() {
  const itemId = currentParams().itemId
  return (
    <PageShell>
      <SearchEntry placeholder='按名称、街道找网点' url={routes.pointSearch} />
      <NearbyView itemId={itemId} />
    </PageShell>
  )
}
