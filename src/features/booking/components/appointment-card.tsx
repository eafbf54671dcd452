import { Text, View } from '@tarojs/components'
import type { Appointment } from '../../../services/contract'
import { openPage } from '../../../platform/navigation'
import { routes } from '../../../utils/routes'
import { closedLine, movedLine, statusLabel, whenLabel } from '../model'
import './appointment.scss'

export function StatusBadge({
  appointment: a,
}: {
  appointment: Pick<Appointment, 'status' | 'movedTo'>
}) {
  return (
    <Text className={`appointment__status appointment__status--${a.status.replace('_', '-')}`}>
      {statusLabel(a)}
    </Text>
  )
}

export function AppointmentCard({ appointment: a, now }: { appointment: Appointment; now: Date }) {
  return (
    <View
      className='gov-list-card'
      role='button'
      aria-label={`${a.itemName} ${whenLabel(a, now)}`}
      onClick={() => openPage(routes.appointment(a.id))}
    >
      <View className='appointment__head'>
        <Text className='appointment__when'>{whenLabel(a, now)}</Text>
        <StatusBadge appointment={a} />
      </View>
      <Text>{a.itemName}</Text>
      {a.movedTo && <Text className='gov-text-secondary'>{movedLine(a, now)}</Text>}
      {closedLine(a) && <Text className='appointment__closed'>{closedLine(a)}</Text>}
      <Text className='gov-text-secondary'>{a.pointName}</Text>
      {a.actedBy && <Text className='gov-text-secondary'>由 {a.actedBy} 代办</Text>}
    </View>
  )
}
