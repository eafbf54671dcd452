import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { SampleBadge } from '../../../components/sample-badge'
import { AsyncView } from '../../../components/async-view'
import { Cell } from '../../../components/cell'
import { Chips } from '../../../components/chips'
import { GovButton } from '../../../components/gov-button'
import { useFresh } from '../../../hooks/use-fresh'
import { useRemote } from '../../../hooks/use-remote'
import { openPage } from '../../../platform/navigation'
import type { TestingService } from '../../../services/contract'
import { useHoldsRole } from '../../../hooks/use-staff-roles'
import { routes } from '../../../utils/routes'
import { listLabs, myBookings } from '../api'
import { formatDay } from '../../../services/contract'

const SERVICES: readonly { value: TestingService | undefined; text: string }[] = [
  { value: 'air', text: '房屋环境检测' },
  { value: 'product', text: '产品质量检测' },
]

export function LabsHome() {
  const [service, setService] = useState<TestingService | undefined>('air')
  const labs = useRemote(() => listLabs(service), [service])
  const mine = useFresh(myBookings, [])
  const staff = useHoldsRole('lab')
  return (
    <View>
      {staff && (
        <View className='gov-list gov-section'>
          <Cell
            title='检测机构工作台'
            description='查看采样预约、出具报告'
            onClick={() => openPage(routes.labDesk)}
          />
        </View>
      )}
      <View className='gov-section'>
        <Text className='gov-section__title'>我的检测预约</Text>
        <AsyncView
          state={mine.state}
          onRetry={mine.reload}
          skeletonRows={1}
          isEmpty={(items) => items.length === 0}
          empty={<Text>还没有预约。选择下方机构预约上门采样。</Text>}
        >
          {(items) => (
            <View>
              {items.map((b) => (
                <View
                  key={b.id}
                  className='gov-list-card'
                  role='button'
                  onClick={() => openPage(routes.labBooking(b.id))}
                >
                  <Text className='gov-line'>
                    {b.serviceName} · {formatDay(b.date)} {b.slotText}
                  </Text>
                  <Text className='gov-line'>
                    {b.status === 'reported' ? '✓ 报告已出具，点此查看' : '… 待上门采样'}
                  </Text>
                </View>
              ))}
            </View>
          )}
        </AsyncView>
      </View>
      <Text className='gov-section__title'>有资质的检测机构</Text>
      <Chips label='检测项目' options={SERVICES} value={service} onChange={setService} />
      <AsyncView state={labs.state} onRetry={labs.reload}>
        {(items) => (
          <View>
            {items.map((lab) => (
              <View key={lab.id} className='gov-card gov-section'>
                <Text className='gov-section__title'>
                  {lab.name}
                  <SampleBadge sample={lab.sample} />
                </Text>
                <Text className='gov-text-secondary'>
                  资质认定：{lab.cma}
                  {lab.sample ? '（示例编号，非真实证书）' : ''}
                </Text>
                <Text className='gov-line'>{lab.address}</Text>
                <Text className='gov-line'>{lab.priceText}</Text>
                <Text className='gov-line'>服务时间：{lab.hours}</Text>
                <GovButton onClick={() => openPage(routes.labBook(lab.id, service ?? 'air'))}>
                  预约{lab.name}上门采样
                </GovButton>
              </View>
            ))}
          </View>
        )}
      </AsyncView>
    </View>
  )
}
