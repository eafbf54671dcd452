import { Text, View } from '@tarojs/components'
import { AsyncView } from '../../../components/async-view'
import { useFresh } from '../../../hooks/use-fresh'
import { openPage } from '../../../platform/navigation'
import { routes } from '../../../utils/routes'
import { bankApplications } from '../api'
import { STATUS_MARK } from '../model'

export function BankDesk() {
  const { state, reload } = useFresh(bankApplications, [])
  return (
    <AsyncView
      state={state}
      onRetry={reload}
      isEmpty={(items) => items.length === 0}
      empty={<Text>本行暂未收到贷款申请。</Text>}
    >
      {(items) => (
        <View>
          {items.map((a) => (
            <View
              key={a.id}
              className='gov-list-card'
              role='button'
              onClick={() => openPage(routes.financeApplication(a.id))}
            >
              <Text className='gov-line'>
                {a.enterpriseName} · {a.amount}万元
              </Text>
              <Text className='gov-text-secondary'>
                {a.productName} · 自评{a.grade}级
              </Text>
              <Text className='gov-line'>
                {STATUS_MARK[a.status]} {a.canDecide ? '待处理' : a.statusText}
              </Text>
            </View>
          ))}
        </View>
      )}
    </AsyncView>
  )
}
