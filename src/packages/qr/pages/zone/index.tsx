import { PageShell } from '../../../../components/page-shell'
import { AsyncView } from '../../../../components/async-view'
import { OfficialBadge } from '../../../../components/official-badge'
import { useRemote } from '../../../../hooks/use-remote'
import { currentParams } from '../../../../platform/navigation'
import { getZone, ZoneView } from '../../../../features/qr'

export default function ZonePage() {
  const { id = '', official } = currentParams()
  const { state, reload } = useRemote(() => getZone(id), [id])
  return (
    <PageShell>
      {official !== undefined && <OfficialBadge title={decodeURIComponent(official)} />}
      <AsyncView state={state} onRetry={reload}>
        {(zone) => <ZoneView zone={zone} />}
      </AsyncView>
    </PageShell>
  )
}
