import { PageShell } from '../../../../components/page-shell'
import { LiveHomeView } from '../../../../features/media'

export default function MediaHomePage() {
  return (
    <PageShell>
      <LiveHomeView />
    </PageShell>
  )
}
