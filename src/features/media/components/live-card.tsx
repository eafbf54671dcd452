import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { LiveSession } from '../../../services/contract'
import { GovButton } from '../../../components/gov-button'
import { openPage } from '../../../platform/navigation'
import { routes } from '../../../utils/routes'
import { isReallyLive, liveStatusText, liveTimeText } from '../model'
import { ReminderButton } from './reminder-button'
import './media.scss'

/** One session; a 开播提醒 tap updates this card only. */
export function LiveCard({ session: initial }: { session: LiveSession }) {
  const [session, setSession] = useState(initial)
  return (
    <View className='gov-card gov-section media-live' aria-label={session.title}>
      <Text className={`media-live__status media-live__status--${session.status}`}>
        {liveStatusText(session)}
      </Text>
      <Text className='gov-section__title'>{session.title}</Text>
      <Text className='gov-text-secondary'>
        {session.hostDepartment} · {liveTimeText(session.startsAt)}
      </Text>
      <Text className='gov-line'>{session.topic}</Text>
      {session.status === 'upcoming' && (
        <Text className='gov-text-secondary'>已有 {session.subscriberCount} 人预约</Text>
      )}
      <View className='media-actions'>
        {session.status === 'upcoming' && (
          <ReminderButton session={session} onChange={setSession} />
        )}
        {session.status === 'live' && (
          <GovButton onClick={() => openPage(routes.mediaLive(session.id))}>
            {isReallyLive(session) ? '进入直播间' : '观看录播'}：{session.title}
          </GovButton>
        )}
        {session.replayVideoId !== null && (
          <GovButton
            variant='secondary'
            onClick={() => openPage(routes.mediaVideo(session.replayVideoId ?? ''))}
          >
            看回放：{session.title}
          </GovButton>
        )}
        {session.status === 'upcoming' && (
          <GovButton variant='plain' onClick={() => openPage(routes.mediaLive(session.id))}>
            直播详情
          </GovButton>
        )}
      </View>
    </View>
  )
}
