import { View } from '@tarojs/components'
import { PageShell } from '../../../../components/page-shell'
import { Cell } from '../../../../components/cell'
import { ItemPicker } from '../../../../features/booking'
import { openPage } from '../../../../platform/navigation'
import { routes } from '../../../../utils/routes'

export default function BookingStartPage() {
  return (
    <PageShell>
      <View className='gov-section gov-list'>
        <Cell
          title='我的预约'
          description='签到码、取消和改约'
          onClick={() => openPage(routes.appointments)}
        />
      </View>
      <ItemPicker />
    </PageShell>
  )
}
