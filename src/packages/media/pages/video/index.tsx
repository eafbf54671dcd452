import { PageShell } from '../../../../components/page-shell'
import { AsyncView } from '../../../../components/async-view'
import { useRemote } from '../../../../hooks/use-remote'
import { currentParams } from '../../../../platform/navigation'
import { getVideo, VideoPlayer } from '../../../../features/media'

export default function VideoPage() {
  const { id = '', chapter } = currentParams()
  const { state, reload } = useRemote(() => getVideo(id), [id])
  return (
    <PageShell>
      <AsyncView state={state} onRetry={reload}>
        {(video) => <VideoPlayer video={video} chapterParam={chapter} />}
      </AsyncView>
    </PageShell>
  )
}
