import { Text, View } from '@tarojs/components'
import { GovButton } from '../../../components/gov-button'
import { useRemote } from '../../../hooks/use-remote'
import { openPage } from '../../../platform/navigation'
import { routes } from '../../../utils/routes'
import { explainingChapters } from '../chapters-api'

/** Shown only when a video chapter explains this item; opens the player at that chapter. */
export function VideoExplainButton({ itemId }: { itemId: string }) {
  const { state } = useRemote(() => explainingChapters(itemId), [itemId])
  const best = state.status === 'success' ? state.data[0] : undefined
  if (!best) return null
  return (
    <View className='video-explain'>
      <GovButton
        variant='secondary'
        block
        icon='play'
        onClick={() => openPage(routes.mediaVideo(best.videoId, best.chapter.index))}
      >
        看视频讲解
      </GovButton>
      <Text className='gov-text-secondary video-explain__chapter'>
        从第{best.chapter.index}章播放：{best.chapter.title}
      </Text>
    </View>
  )
}
