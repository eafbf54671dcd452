import { Text, View } from '@tarojs/components'
import type { CaseDetail } from '../../../services/contract'
import { formatDayTime } from '../../../services/contract'
import { EVENT_TEXT } from '../model'

/** Every step of the case, newest last, with who did it and when. */
export function Timeline({ events }: { events: CaseDetail['timeline'] }) {
  return (
    <View className='gov-card gov-section case-timeline' aria-label='办理进度'>
      <Text className='gov-section__title'>办理进度</Text>
      {events.map((e, i) => (
        <View key={`${e.at}-${i}`} className='case-timeline__step'>
          <Text className='case-timeline__what'>
            {EVENT_TEXT[e.event]} · {e.actor}
          </Text>
          <Text className='gov-text-secondary'>{formatDayTime(e.at)}</Text>
          {e.note !== '' && <Text className='gov-line'>{e.note}</Text>}
        </View>
      ))}
    </View>
  )
}
