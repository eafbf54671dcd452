import { PageShell } from '../../../../components/page-shell'
import { AsyncView } from '../../../../components/async-view'
import { useFresh } from '../../../../hooks/use-fresh'
import { currentParams } from '../../../../platform/navigation'
import { awaitsAnswer, getConsultation, ThreadView } from '../../../../features/legal'
import { SubscribeCard } from '../../../../features/messages'

export default function ThreadPage() {
  const id = currentParams().id ?? ''
  const { state, reload } = useFresh(() => getConsultation(id), [id], { waiting: awaitsAnswer })
  return (
    <PageShell>
      <AsyncView state={state} onRetry={reload}>
        {(thread) => (
          <>
            <ThreadView key={thread.id} initial={thread} />
            {thread.viewer === 'user' && thread.status === 'waiting' && (
              <SubscribeCard moment='legal_asked' />
            )}
          </>
        )}
      </AsyncView>
    </PageShell>
  )
}
