import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { Chapter, Video as VideoData } from '../../../services/contract'
import { GovButton } from '../../../components/gov-button'
import { openPage } from '../../../platform/navigation'
import { Player, seekAndPlay } from '../../../platform/video-player'
import { routes } from '../../../utils/routes'
import { chapterAt, chapterFromParam, clockText, mediaUrl } from '../model'
import './media.scss'

const PLAYER_ID = 'media-player'

const guideOf = (chapter: Chapter) =>
  chapter.link.kind === 'item' ? routes.guide(chapter.link.id) : routes.bundle(chapter.link.id)

/**
 * The player opens at `?chapter=` without playing (no sound until the user taps); tapping a
 * chapter seeks there and plays; the chapter being played is marked 播放中 and highlighted.
 */
export function VideoPlayer({ video, chapterParam }: { video: VideoData; chapterParam?: string }) {
  const start = chapterFromParam(video.chapters, chapterParam)
  const [current, setCurrent] = useState(start?.index ?? 1)
  const jump = (chapter: Chapter) => {
    setCurrent(chapter.index)
    seekAndPlay(PLAYER_ID, chapter.startSec)
  }
  return (
    <View>
      <Player
        id={PLAYER_ID}
        src={mediaUrl(video.src)}
        poster={mediaUrl(video.posterUrl)}
        title={video.title}
        initialTime={start?.startSec ?? 0}
        onTime={(seconds) => setCurrent(chapterAt(video.chapters, seconds))}
      />
      <View className='gov-card gov-section'>
        <Text className='gov-section__title'>{video.title}</Text>
        <Text className='gov-text-secondary'>
          {video.department} · 时长 {clockText(video.durationSec)}
        </Text>
        <Text className='gov-line'>{video.description}</Text>
      </View>
      <View className='gov-card gov-section' aria-label='章节'>
        <Text className='gov-section__title'>章节（点击跳到该步骤）</Text>
        {video.chapters.map((chapter) => {
          const playing = chapter.index === current
          return (
            <View
              key={chapter.index}
              className={`media-chapter${playing ? ' media-chapter--current' : ''}`}
            >
              <View
                className='media-chapter__jump'
                role='button'
                aria-current={playing ? 'true' : undefined}
                aria-label={`第${chapter.index}章 ${chapter.title}${playing ? '（正在播放）' : ''}`}
                onClick={() => jump(chapter)}
              >
                <Text className='media-chapter__time'>
                  {playing ? '播放中 ' : ''}
                  {clockText(chapter.startSec)}
                </Text>
                <Text className='media-chapter__title'>
                  第{chapter.index}章 {chapter.title}
                </Text>
              </View>
              <GovButton variant='plain' onClick={() => openPage(guideOf(chapter))}>
                办事指南：{chapter.link.name}
              </GovButton>
            </View>
          )
        })}
      </View>
    </View>
  )
}
