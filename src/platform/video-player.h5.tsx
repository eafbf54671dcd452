import type { PlayerProps } from './video-player'

export type { PlayerProps }

/**
 * H5: the browser's own <video controls> rather than Taro's H5 Video, whose custom controls are
 * unlabelled divs with small text (they fail the 长辈模式 audit and screen readers).
 */
export function Player({ id, src, poster, title, initialTime, loop = false, onTime }: PlayerProps) {
  return (
    <video
      id={id}
      className='media-player'
      src={src}
      poster={poster}
      title={title}
      aria-label={`视频：${title}`}
      controls
      playsInline
      preload='metadata'
      loop={loop}
      onLoadedMetadata={(e) => {
        if (initialTime > 0) e.currentTarget.currentTime = initialTime
      }}
      onTimeUpdate={(e) => onTime?.(e.currentTarget.currentTime)}
    />
  )
}

export function seekAndPlay(id: string, seconds: number): boolean {
  const video = document.getElementById(id)
  if (!(video instanceof HTMLVideoElement)) return false
  video.currentTime = seconds
  void video.play().catch(() => undefined)
  return true
}
