import { PageShell } from '../../../../components/page-shell'
import { AsyncView } from '../../../../components/async-view'
import { useFresh } from '../../../../hooks/use-fresh'
import { currentParams } from '../../../../platform/navigation'
import { getReceipt, ReceiptView } from '../../../../features/life'

export default function ReceiptPage() {
  const id = currentParams().id ?? ''
  const { state, reload } = useFresh(() => getReceipt(id), [id])
  return (
    <PageShell>
      <AsyncView state={state} onRetry={reload}>
        {(receipt) => <ReceiptView receipt={receipt} />}
      </AsyncView>
    </PageShell>
  )
}
