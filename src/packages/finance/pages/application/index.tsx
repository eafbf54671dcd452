import { PageShell } from '../../../../components/page-shell'
import { AsyncView } from '../../../../components/async-view'
import { useFresh } from '../../../../hooks/use-fresh'
import { currentParams } from '../../../../platform/navigation'
import { ApplicationView, getApplication } from '../../../../features/finance'

export default function ApplicationPage() {
  const id = currentParams().id ?? ''
  const { state, reload } = useFresh(() => getApplication(id), [id])
  return (
    <PageShell>
      <AsyncView state={state} onRetry={reload}>
        {(application) => <ApplicationView key={application.id} initial={application} />}
      </AsyncView>
    </PageShell>
  )
}
