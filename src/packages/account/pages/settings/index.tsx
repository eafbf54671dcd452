import { View } from '@tarojs/components'
import { PageShell } from '../../../../components/page-shell'
import { Cell } from '../../../../components/cell'
import { ElderModeSetting, SignOut } from '../../../../features/settings'
import { openPage } from '../../../../platform/navigation'
import { routes } from '../../../../utils/routes'

export default function SettingsPage() {
  return (
    <PageShell>
      <ElderModeSetting />
      <View className='gov-section gov-list'>
        <Cell
          title='隐私政策'
          description='查看我们如何保护您的信息'
          onClick={() => openPage(routes.privacy)}
        />
      </View>
      <SignOut />
    </PageShell>
  )
}
