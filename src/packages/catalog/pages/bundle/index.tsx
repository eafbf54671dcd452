import { PageShell } from '../../../../components/page-shell'
import { AsyncView } from '../../../../components/async-view'
import { useRemote } from '../../../../hooks/use-remote'
import { currentParams } from '../../../../platform/navigation'
import { BundleView, getBundle } from '../../../../features/catalog'

export default function BundlePage() {
  const id = currentParams().id ?? ''
  const { state, reload } = useRemote(() => getBundle(id), [id])
  return (
    <PageShell>
      <AsyncView state={state} onRetry={reload}>
        {(bundle) => <BundleView bundle={bundle} />}
      </AsyncView>
    </PageShell>
  )
}
