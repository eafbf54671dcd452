import { Text, View } from '@tarojs/components'
import { GovButton } from '../../../components/gov-button'
import { useFresh } from '../../../hooks/use-fresh'
import { openPage } from '../../../platform/navigation'
import { routes } from '../../../utils/routes'
import { myAppointments } from '../api'
import { dueReminder, whenLabel } from '../model'
import './appointment.scss'

/** The in-app reminder: a booking starting within a day, on the home page. Silent on errors. */
export function UpcomingReminder({ signedIn }: { signedIn: boolean }) {
  const { state } = useFresh(
    () => (signedIn ? myAppointments('upcoming') : Promise.resolve([])),
    [signedIn],
  )
  if (state.status !== 'success') return null
  const now = new Date()
  const due = dueReminder(state.data, now)
  if (!due) return null
  return (
    <View className='gov-card gov-section appointment-reminder' role='status' aria-label='预约提醒'>
      <Text className='gov-section__title'>预约提醒</Text>
      <Text className='gov-line'>
        {whenLabel(due, now)} 到{due.pointName}办理“{due.itemName}”
      </Text>
      <GovButton variant='secondary' onClick={() => openPage(routes.appointment(due.id))}>
        查看签到码
      </GovButton>
    </View>
  )
}
