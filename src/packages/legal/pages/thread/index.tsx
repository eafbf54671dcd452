import { PageShell } from '../../../../components/page-shell'
import { AsyncView } from '../../../../components/async-view'
import { useRemote } from '../../../../hooks/use-remote'
import { currentParams } from '../../../../platform/navigation'
import { getConsultation, ThreadView } from '../../../../features/legal'

export default function ThreadPage() {
  const id = currentParams().id ?? ''
  const { state, reload } = useRemote(() => getConsultation(id), [id])
  return (
    <PageShell>
      <AsyncView state={state} onRetry={reload}>
        {(thread) => <ThreadView key={thread.id} initial={thread} />}
      </AsyncView>
    </PageShell>
  )
}
