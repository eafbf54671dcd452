import { Text, View } from '@tarojs/components'
import { SampleBadge } from '../../../components/sample-badge'
import { AsyncView } from '../../../components/async-view'
import { useFresh } from '../../../hooks/use-fresh'
import { openPage } from '../../../platform/navigation'
import { routes } from '../../../utils/routes'
import { listAccounts } from '../api'
import { yuan } from '../model'
import './life.scss'

export function AccountList({ version }: { version: number }) {
  const { state, reload } = useFresh(listAccounts, [version])
  // Back from paying: the unpaid total has changed.
  return (
    <View className='gov-section'>
      <Text className='gov-section__title'>我的户号</Text>
      <AsyncView
        state={state}
        onRetry={reload}
        isEmpty={(items) => items.length === 0}
        empty={<Text>还没有绑定户号。在下方选择缴费类型并填写户号。</Text>}
      >
        {(items) => (
          <View>
            {items.map((a) => (
              <View
                key={a.id}
                className='gov-list-card'
                role='button'
                onClick={() => openPage(routes.lifeBills(a.id))}
              >
                <Text className='gov-line'>
                  {a.kindName} · 户号 {a.number} · {a.holder}
                  <SampleBadge sample={a.sample} />
                </Text>
                <Text className='gov-text-secondary'>{a.company}</Text>
                <Text className='gov-line'>
                  {a.unpaidCount > 0
                    ? `待缴 ${a.unpaidCount} 笔，共 ${yuan(a.unpaidCents)}`
                    : '✓ 已缴清'}
                </Text>
              </View>
            ))}
          </View>
        )}
      </AsyncView>
    </View>
  )
}
