import { Text } from '@tarojs/components'
import { PageShell } from '../../../../components/page-shell'
import { AsyncView } from '../../../../components/async-view'
import { useRemote } from '../../../../hooks/use-remote'
import { currentParams } from '../../../../platform/navigation'
import { IntakeForm, listTopics } from '../../../../features/legal'

export default function IntakePage() {
  const id = currentParams().topic ?? ''
  const { state, reload } = useRemote(listTopics, [])
  return (
    <PageShell>
      <AsyncView state={state} onRetry={reload}>
        {(topics) => {
          const topic = topics.find((t) => t.id === id)
          return topic ? (
            <IntakeForm key={topic.id} topic={topic} />
          ) : (
            <Text>没有这类问题，请返回“法律咨询”重新选择。</Text>
          )
        }}
      </AsyncView>
    </PageShell>
  )
}
