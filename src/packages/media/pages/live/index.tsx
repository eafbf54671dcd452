import { PageShell } from '../../../../components/page-shell'
import { AsyncView } from '../../../../components/async-view'
import { useFresh } from '../../../../hooks/use-fresh'
import { currentParams } from '../../../../platform/navigation'
import { getLive, LiveDetail } from '../../../../features/media'

export default function LivePage() {
  const { id = '' } = currentParams()
  const { state, reload } = useFresh(() => getLive(id), [id])
  return (
    <PageShell>
      <AsyncView state={state} onRetry={reload}>
        {(session) => <LiveDetail session={session} />}
      </AsyncView>
    </PageShell>
  )
}
