import Taro from '@tarojs/taro'

interface Seekable {
  seek: (seconds: number) => unknown
  play: () => unknown
}

const isSeekable = (value: unknown): value is Seekable =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Partial<Seekable>).seek === 'function' &&
  typeof (value as Partial<Seekable>).play === 'function'

/**
 * Jumps the `Video` with this id to `seconds` and plays (the user tapped a chapter). weapp
 * returns a VideoContext; H5 returns Taro's video element, which has the same two methods.
 */
export function seekAndPlay(videoId: string, seconds: number): boolean {
  try {
    const context: unknown = Taro.createVideoContext(videoId)
    if (!isSeekable(context)) return false
    void context.seek(seconds)
    void context.play()
    return true
  } catch {
    return false
  }
}
