import { PageShell } from '../../../../components/page-shell'
import { AsyncView } from '../../../../components/async-view'
import { useRemote } from '../../../../hooks/use-remote'
import { currentParams } from '../../../../platform/navigation'
import { getLive, LiveDetail } from '../../../../features/media'

export default function LivePage() {
  const { id = '' } = currentParams()
  const { state, reload } = useRemote(() => getLive(id), [id])
  return (
    <PageShell>
      <AsyncView state={state} onRetry={reload}>
        {(session) => <LiveDetail session={session} />}
      </AsyncView>
    </PageShell>
  )
}
