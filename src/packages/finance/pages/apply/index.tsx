import { Text } from '@tarojs/components'
import { PageShell } from '../../../../components/page-shell'
import { AsyncView } from '../../../../components/async-view'
import { useRemote } from '../../../../hooks/use-remote'
import { currentParams } from '../../../../platform/navigation'
import { isCreditGrade } from '../../../../services/contract/choices'
import { ApplyForm, listProducts } from '../../../../features/finance'

export default function ApplyPage() {
  const { product = '', grade = '' } = currentParams()
  const { state, reload } = useRemote(listProducts, [])
  return (
    <PageShell>
      <AsyncView state={state} onRetry={reload}>
        {(items) => {
          const found = items.find((p) => p.id === product)
          return found && isCreditGrade(grade) ? (
            <ApplyForm key={found.id} product={found} grade={grade} />
          ) : (
            <Text>请先完成信用自评，再从匹配的产品中选择申请。</Text>
          )
        }}
      </AsyncView>
    </PageShell>
  )
}
