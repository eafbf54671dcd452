import { Text } from '@tarojs/components'
import { PageShell } from '../../../../components/page-shell'

export default function Page() {
  return (
    <PageShell>
      <Text>points/pages/detail</Text>
    </PageShell>
  )
}
