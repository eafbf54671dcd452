import { Text } from '@tarojs/components'
import { PageShell } from '../../../../components/page-shell'
import { AsyncView } from '../../../../components/async-view'
import { useRemote } from '../../../../hooks/use-remote'
import { currentParams } from '../../../../platform/navigation'
import { TestingService } from '../../../../services/contract'
import { BookingForm, listLabs } from '../../../../features/labs'

export default function BookPage() {
  const { lab = '', service = '' } = currentParams()
  const parsed = TestingService.safeParse(service)
  const { state, reload } = useRemote(() => listLabs(undefined), [])
  return (
    <PageShell>
      <AsyncView state={state} onRetry={reload}>
        {(labs) => {
          const found = labs.find((l) => l.id === lab)
          return found && parsed.success && found.services.includes(parsed.data) ? (
            <BookingForm key={found.id} lab={found} service={parsed.data} />
          ) : (
            <Text>该机构不提供此项检测，请返回重新选择。</Text>
          )
        }}
      </AsyncView>
    </PageShell>
  )
}
