import { Text } from '@tarojs/components'
import { PageShell } from '../../../../components/page-shell'
import { AsyncView } from '../../../../components/async-view'
import { useRemote } from '../../../../hooks/use-remote'
import { currentParams } from '../../../../platform/navigation'
import { listPlans, RequestForm } from '../../../../features/telecom'

export default function TelecomRequestPage() {
  const id = currentParams().plan ?? ''
  const { state, reload } = useRemote(() => listPlans(undefined), [])
  return (
    <PageShell>
      <AsyncView state={state} onRetry={reload}>
        {(plans) => {
          const plan = plans.find((p) => p.id === id)
          return plan ? (
            <RequestForm key={plan.id} plan={plan} />
          ) : (
            <Text>没有这个套餐，请返回比价页重新选择。</Text>
          )
        }}
      </AsyncView>
    </PageShell>
  )
}
