import { PageShell } from '../../../../components/page-shell'
import { OfficialBadge } from '../../../../components/official-badge'
import { currentParams } from '../../../../platform/navigation'
import { QueueView } from '../../../../features/qr'

export default function QueuePage() {
  const { pointId = '', official } = currentParams()
  return (
    <PageShell>
      {official !== undefined && <OfficialBadge title={decodeURIComponent(official)} />}
      <QueueView pointId={pointId} />
    </PageShell>
  )
}
