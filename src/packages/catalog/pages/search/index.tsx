import { PageShell } from '../../../../components/page-shell'
import { ItemSearch } from '../../../../features/catalog'

export default function SearchPage() {
  return (
    <PageShell>
      <ItemSearch />
    </PageShell>
  )
}
