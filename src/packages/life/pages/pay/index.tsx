import { Text } from '@tarojs/components'
import { PageShell } from '../../../../components/page-shell'
import { AsyncView } from '../../../../components/async-view'
import { useFresh } from '../../../../hooks/use-fresh'
import { currentParams } from '../../../../platform/navigation'
import { listBills, PayConfirm } from '../../../../features/life'

export default function PayPage() {
  const { account = '', bill = '' } = currentParams()
  const { state, reload } = useFresh(() => listBills(account), [account])
  return (
    <PageShell>
      <AsyncView state={state} onRetry={reload}>
        {(bills) => {
          const found = bills.items.find((b) => b.id === bill)
          return found ? (
            <PayConfirm account={bills.account} bill={found} />
          ) : (
            <Text>没有找到该账单，请返回账单列表重新选择。</Text>
          )
        }}
      </AsyncView>
    </PageShell>
  )
}
