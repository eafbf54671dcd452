import { Text } from '@tarojs/components'
import { PageShell } from '../../../../components/page-shell'
import { AsyncView } from '../../../../components/async-view'
import { useRemote } from '../../../../hooks/use-remote'
import { currentParams } from '../../../../platform/navigation'
import { isTestingService } from '../../../../services/contract/choices'
import { BookingForm, listLabs } from '../../../../features/labs'

export default function BookPage() {
  const { lab = '', service = '' } = currentParams()
  const { state, reload } = useRemote(() => listLabs(undefined), [])
  return (
    <PageShell>
      <AsyncView state={state} onRetry={reload}>
        {(labs) => {
          const found = labs.find((l) => l.id === lab)
          return found && isTestingService(service) && found.services.includes(service) ? (
            <BookingForm key={found.id} lab={found} service={service} />
          ) : (
            <Text>该机构不提供此项检测，请返回重新选择。</Text>
          )
        }}
      </AsyncView>
    </PageShell>
  )
}
