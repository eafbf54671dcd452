import { PageShell } from '../../../../components/page-shell'
import { FavoriteList } from '../../../../features/catalog'

export default function FavoritesPage() {
  return (
    <PageShell>
      <FavoriteList />
    </PageShell>
  )
}
