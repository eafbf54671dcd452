import { Text } from '@tarojs/components'
import { PageShell } from '../../components/page-shell'

export default function HomePage() {
  return (
    <PageShell>
      <Text>首页</Text>
    </PageShell>
  )
}
