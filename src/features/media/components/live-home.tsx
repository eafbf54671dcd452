import { Text, View } from '@tarojs/components'
import type { LiveHome } from '../../../services/contract'
import { AsyncView } from '../../../components/async-view'
import { Notice } from '../../../components/notice'
import { useFresh } from '../../../hooks/use-fresh'
import { liveHome } from '../api'
import { LiveCard } from './live-card'
import { VideoList } from './video-list'

const SECTIONS: readonly { key: keyof LiveHome; title: string; empty: string }[] = [
  { key: 'live', title: '正在播出', empty: '现在没有直播，可以预约下面即将开播的场次。' },
  { key: 'upcoming', title: '即将开播', empty: '近期暂无直播安排，过几天再来看看。' },
  { key: 'replays', title: '精彩回放', empty: '还没有直播回放。' },
]

/** 政务直播 home: live now, upcoming with 开播提醒, replays, then the tutorials. */
export function LiveHomeView() {
  const { state, reload } = useFresh(liveHome, [])
  return (
    <View>
      <Notice>
        “政务+直播”由公安、医保、通信等部门主讲复杂业务；视频讲解按步骤分章节，点章节直接跳到那一步。
      </Notice>
      <AsyncView state={state} onRetry={reload}>
        {(home) =>
          SECTIONS.map(({ key, title, empty }) => (
            <View key={key} aria-label={title}>
              <Text className='media-heading'>{title}</Text>
              {home[key].length === 0 ? (
                <Text className='gov-text-secondary'>{empty}</Text>
              ) : (
                home[key].map((session) => <LiveCard key={session.id} session={session} />)
              )}
            </View>
          ))
        }
      </AsyncView>
      <VideoList />
    </View>
  )
}
