import { Text, View } from '@tarojs/components'
import { PageShell } from '../../components/page-shell'
import { GovButton } from '../../components/gov-button'
import { goHome, openPage } from '../../platform/navigation'
import { routes } from '../../utils/routes'

/** Where an unknown address lands (an old link, a typo) instead of a blank screen. */
export default function NotFoundPage() {
  return (
    <PageShell>
      <View className='gov-card gov-section'>
        <Text className='gov-section__title'>没有找到这个页面</Text>
        <Text className='gov-line'>
          链接可能已经过期，或者地址输错了。您要办的事可以从首页找到。
        </Text>
        <View className='gov-actions'>
          <GovButton block onClick={goHome}>
            回到首页
          </GovButton>
          <GovButton variant='secondary' block onClick={() => openPage(routes.services)}>
            查找办事事项
          </GovButton>
        </View>
      </View>
    </PageShell>
  )
}
