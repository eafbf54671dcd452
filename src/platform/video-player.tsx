import Taro from '@tarojs/taro'
import { Video } from '@tarojs/components'

export interface PlayerProps {
  id: string
  src: string
  poster: string
  title: string
  /** Where playback starts, in seconds; nothing plays until the user taps. */
  initialTime: number
  loop?: boolean
  onTime?: (seconds: number) => void
}

/** weapp: WeChat's native Video (its own accessible controls). */
export function Player({ id, src, poster, title, initialTime, loop = false, onTime }: PlayerProps) {
  return (
    <Video
      id={id}
      className='media-player'
      src={src}
      poster={poster}
      title={title}
      initialTime={initialTime}
      controls
      autoplay={false}
      loop={loop}
      showCenterPlayBtn
      objectFit='contain'
      onTimeUpdate={(e) => onTime?.(e.detail.currentTime)}
    />
  )
}

interface Seekable {
  seek: (seconds: number) => unknown
  play: () => unknown
}

const isSeekable = (value: unknown): value is Seekable =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Partial<Seekable>).seek === 'function' &&
  typeof (value as Partial<Seekable>).play === 'function'

/** Jumps the player with this id to `seconds` and plays (the user tapped a chapter). */
export function seekAndPlay(id: string, seconds: number): boolean {
  try {
    const context: unknown = Taro.createVideoContext(id)
    if (!isSeekable(context)) return false
    void context.seek(seconds)
    void context.play()
    return true
  } catch {
    return false
  }
}
