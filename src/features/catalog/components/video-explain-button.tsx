import { GovButton } from '../../../components/gov-button'
import { useRemote } from '../../../hooks/use-remote'
import { openPage } from '../../../platform/navigation'
import { routes } from '../../../utils/routes'
import { explainingChapters } from '../api'

/** Shown only when a video chapter explains this item; opens the player at that chapter. */
export function VideoExplainButton({ itemId }: { itemId: string }) {
  const { state } = useRemote(() => explainingChapters(itemId), [itemId])
  const best = state.status === 'success' ? state.data[0] : undefined
  if (!best) return null
  return (
    <GovButton
      variant='secondary'
      block
      onClick={() => openPage(routes.mediaVideo(best.videoId, best.chapter.index))}
    >
      ▶ 看视频讲解（第{best.chapter.index}章 {best.chapter.title}）
    </GovButton>
  )
}
