import { PageShell } from '../../../../components/page-shell'
import { AsyncView } from '../../../../components/async-view'
import { OfficialBadge } from '../../../../components/official-badge'
import { useRemote } from '../../../../hooks/use-remote'
import { currentParams } from '../../../../platform/navigation'
import { CampaignView, getCampaign } from '../../../../features/qr'

export default function CampaignPage() {
  const { id = '', official } = currentParams()
  const { state, reload } = useRemote(() => getCampaign(id), [id])
  return (
    <PageShell>
      {official !== undefined && <OfficialBadge title={decodeURIComponent(official)} />}
      <AsyncView state={state} onRetry={reload}>
        {(campaign) => <CampaignView initial={campaign} />}
      </AsyncView>
    </PageShell>
  )
}
