import { Text, View } from '@tarojs/components'
import { AsyncView } from '../../../components/async-view'
import { useFresh } from '../../../hooks/use-fresh'
import { auditTrail } from '../api'
import { auditSentence, whenText } from '../model'

/** Who did what under an authorisation, newest first. */
export function AuditList({ as, changes = 0 }: { as: 'grantor' | 'grantee'; changes?: number }) {
  const { state, reload } = useFresh(() => auditTrail(as), [as, changes])
  return (
    <View className='gov-section' aria-label='代办记录'>
      <Text className='gov-section__title'>代办记录</Text>
      <AsyncView
        state={state}
        onRetry={reload}
        isEmpty={(items) => items.length === 0}
        empty={<Text>还没有代办记录。</Text>}
      >
        {(items) => (
          <View className='gov-card'>
            {items.map((entry) => (
              <View key={entry.id} className='family-audit'>
                <Text className='family-block gov-text-secondary'>{whenText(entry.at)}</Text>
                <Text className='family-block'>{auditSentence(entry, as)}</Text>
              </View>
            ))}
          </View>
        )}
      </AsyncView>
    </View>
  )
}
