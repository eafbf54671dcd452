import { PageShell } from '../../../../components/page-shell'
import { AsyncView } from '../../../../components/async-view'
import { useRemote } from '../../../../hooks/use-remote'
import { currentParams } from '../../../../platform/navigation'
import { getServicePoint, PointDetail } from '../../../../features/points'
import { PointItems } from '../../../../features/catalog'

export default function PointDetailPage() {
  const id = currentParams().id ?? ''
  const { state, reload } = useRemote(() => getServicePoint(id), [id])
  return (
    <PageShell>
      <AsyncView state={state} onRetry={reload}>
        {(point) => (
          <>
            <PointDetail point={point} now={new Date()} />
            <PointItems pointId={point.id} />
          </>
        )}
      </AsyncView>
    </PageShell>
  )
}
