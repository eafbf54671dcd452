import { PageShell } from '../../../../components/page-shell'
import { AsyncView } from '../../../../components/async-view'
import { useFresh } from '../../../../hooks/use-fresh'
import { currentParams } from '../../../../platform/navigation'
import { BillList, listBills } from '../../../../features/life'

export default function BillsPage() {
  const id = currentParams().account ?? ''
  const { state, reload } = useFresh(() => listBills(id), [id])
  // Back from paying: the bill is now paid.
  return (
    <PageShell>
      <AsyncView state={state} onRetry={reload}>
        {(bills) => <BillList bills={bills} />}
      </AsyncView>
    </PageShell>
  )
}
