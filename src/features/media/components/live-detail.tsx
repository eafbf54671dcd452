import { Text, View } from '@tarojs/components'
import { Player } from '../../../platform/video-player'
import type { LiveSession } from '../../../services/contract'
import { GovButton } from '../../../components/gov-button'
import { Notice } from '../../../components/notice'
import { useRecord } from '../../../hooks/use-record'
import { openPage } from '../../../platform/navigation'
import { routes } from '../../../utils/routes'
import { CallButton } from '../../../components/call-button'
import { HOTLINE } from '../../../utils/hotline'
import { isReallyLive, liveQuestionHow, liveSpanText, liveStatusText, mediaUrl } from '../model'
import { ReminderButton } from './reminder-button'
import './media.scss'

/** A session: the broadcast while live (joined where it is now), else the reminder or the replay. */
export function LiveDetail({ session: initial }: { session: LiveSession }) {
  const [session, setSession] = useRecord(initial)
  return (
    <View>
      {session.feed && (
        <Player
          id='media-live'
          src={mediaUrl(session.feed.src)}
          poster={mediaUrl(session.posterUrl)}
          title={session.title}
          initialTime={session.feed.offsetSec}
          loop
        />
      )}
      <View className='gov-card gov-section'>
        <Text className={`media-live__status media-live__status--${session.status}`}>
          {liveStatusText(session)}
        </Text>
        <Text className='gov-section__title'>{session.title}</Text>
        <Text className='gov-text-secondary'>主讲：{session.hostDepartment}</Text>
        <Text className='gov-line'>时间：{liveSpanText(session.startsAt, session.endsAt)}</Text>
        <Text className='gov-line'>{session.topic}</Text>
      </View>
      {isReallyLive(session) && (
        <View className='gov-section media-live__ask' aria-label='怎么提问'>
          <Notice>{liveQuestionHow(session)}</Notice>
          <CallButton phone={HOTLINE} block>
            拨打{HOTLINE}提问
          </CallButton>
        </View>
      )}
      {session.status === 'live' && !isReallyLive(session) && (
        <View className='gov-section'>
          <Notice>
            本时段播放的是事先录制的讲解，不能现场提问；有问题可拨打 12345 政务服务热线（24小时）。
          </Notice>
        </View>
      )}
      {session.status === 'upcoming' && (
        <View className='gov-section'>
          <Notice>开播后回到这里即可观看。预约后，开播前半小时提醒您（微信中为订阅消息）。</Notice>
          <ReminderButton session={session} onChange={setSession} />
        </View>
      )}
      {session.replayVideoId !== null && (
        <View className='gov-section'>
          <GovButton block onClick={() => openPage(routes.mediaVideo(session.replayVideoId ?? ''))}>
            看回放（分章节，可跳到办事指南）
          </GovButton>
        </View>
      )}
    </View>
  )
}
