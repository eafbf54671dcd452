import { Text, View } from '@tarojs/components'
import type { Appointment, AppointmentStatus } from '../../../services/contract'
import { openPage } from '../../../platform/navigation'
import { routes } from '../../../utils/routes'
import { STATUS_LABELS, whenLabel } from '../model'
import './appointment.scss'

export function StatusBadge({ status }: { status: AppointmentStatus }) {
  return (
    <Text className={`appointment__status appointment__status--${status.replace('_', '-')}`}>
      {STATUS_LABELS[status]}
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
        <StatusBadge status={a.status} />
      </View>
      <Text>{a.itemName}</Text>
      <Text className='gov-text-secondary'>{a.pointName}</Text>
      {a.actedBy && <Text className='gov-text-secondary'>由 {a.actedBy} 代办</Text>}
    </View>
  )
}
