import { Text } from '@tarojs/components'
import { PageShell } from '../../../../components/page-shell'

export default function Page() {
  return (
    <PageShell>
      <Text>account/pages/privacy</Text>
    </PageShell>
  )
}
