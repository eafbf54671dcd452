import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { AsyncView } from '../../../components/async-view'
import { Chips } from '../../../components/chips'
import { GovButton } from '../../../components/gov-button'
import { useFresh } from '../../../hooks/use-fresh'
import { openPage } from '../../../platform/navigation'
import { routes } from '../../../utils/routes'
import { myAppointments } from '../api'
import { AppointmentCard } from './appointment-card'

type Scope = 'upcoming' | 'past'

/** 我的预约: what is coming, and what is done, cancelled or missed. */
export function AppointmentList() {
  const [scope, setScope] = useState<Scope>('upcoming')
  // Back from a cancel or a 改约, the list shows the new state.
  const { state, reload } = useFresh(() => myAppointments(scope), [scope])
  const now = new Date()
  return (
    <View>
      <Chips
        label='预约范围'
        options={[
          { value: 'upcoming', text: '待办理' },
          { value: 'past', text: '历史预约' },
        ]}
        value={scope}
        onChange={(v) => setScope(v ?? 'upcoming')}
      />
      <AsyncView
        state={state}
        onRetry={reload}
        isEmpty={(items) => items.length === 0}
        empty={
          <View>
            <Text className='gov-line'>
              {scope === 'upcoming' ? '您还没有待办理的预约。' : '还没有历史预约。'}
            </Text>
            <GovButton onClick={() => openPage(routes.bookingStart)}>预约办事</GovButton>
          </View>
        }
      >
        {(items) => (
          <View aria-label={scope === 'upcoming' ? '待办理的预约' : '历史预约'}>
            {items.map((a) => (
              <AppointmentCard key={a.id} appointment={a} now={now} />
            ))}
          </View>
        )}
      </AsyncView>
    </View>
  )
}
