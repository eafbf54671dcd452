import { PageShell } from '../../../../components/page-shell'
import { AsyncView } from '../../../../components/async-view'
import { OfficialBadge } from '../../../../components/official-badge'
import { useRemote } from '../../../../hooks/use-remote'
import { currentParams } from '../../../../platform/navigation'
import { getGuide, guidePartOf, GuideView } from '../../../../features/catalog'

export default function GuidePage() {
  const { id = '', official, field } = currentParams()
  const { state, reload } = useRemote(() => getGuide(id), [id])
  return (
    <PageShell>
      {official !== undefined && <OfficialBadge title={decodeURIComponent(official)} />}
      <AsyncView state={state} onRetry={reload}>
        {(guide) => <GuideView guide={guide} focus={guidePartOf(field)} />}
      </AsyncView>
    </PageShell>
  )
}
