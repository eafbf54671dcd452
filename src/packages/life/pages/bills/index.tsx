import { useDidShow } from '@tarojs/taro'
import { PageShell } from '../../../../components/page-shell'
import { AsyncView } from '../../../../components/async-view'
import { useRemote } from '../../../../hooks/use-remote'
import { currentParams } from '../../../../platform/navigation'
import { BillList, listBills } from '../../../../features/life'

export default function BillsPage() {
  const id = currentParams().account ?? ''
  const { state, reload } = useRemote(() => listBills(id), [id])
  // Back from paying: the bill is now paid.
  useDidShow(reload)
  return (
    <PageShell>
      <AsyncView state={state} onRetry={reload}>
        {(bills) => <BillList bills={bills} />}
      </AsyncView>
    </PageShell>
  )
}
