import { Text, View } from '@tarojs/components'
import { AsyncView } from '../../../components/async-view'
import { Notice } from '../../../components/notice'
import { useFresh } from '../../../hooks/use-fresh'
import { lawyerDesk } from '../api'
import { ConsultationList } from './consultation-list'

export function LawyerDesk() {
  const { state, reload } = useFresh(lawyerDesk, [])
  return (
    <AsyncView
      state={state}
      onRetry={reload}
      isEmpty={(list) => list.items.length === 0}
      empty={<Text>暂时没有分配给您的咨询。</Text>}
    >
      {(list) => (
        <View>
          <Notice tone={list.unreadCount > 0 ? 'warning' : 'info'}>
            {list.unreadCount > 0 ? `有 ${list.unreadCount} 条咨询等您答复` : '咨询都已答复'}
          </Notice>
          <ConsultationList items={list.items} viewer='lawyer' />
        </View>
      )}
    </AsyncView>
  )
}
