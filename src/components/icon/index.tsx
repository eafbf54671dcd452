import { Image } from '@tarojs/components'
import type { IconName } from './shapes'
import { iconDataUri, type IconTone } from './svg'
import './index.scss'

export type { IconName } from './shapes'
export type { IconTone } from './svg'

interface IconProps {
  name: IconName
  tone?: IconTone
  /** `body` sits in a line of text; `tile` heads a home tile. Both follow the 长辈模式 tokens. */
  size?: 'body' | 'tile'
}

/**
 * A Bootstrap Icons shape drawn from the app's own files (never a font glyph a phone may lack).
 * Decorative: the text next to it carries the meaning, so screen readers skip it.
 */
export function Icon({ name, tone = 'primary', size = 'body' }: IconProps) {
  return (
    <Image
      className={`gov-icon gov-icon--${size}`}
      src={iconDataUri(name, tone)}
      mode='scaleToFill'
      aria-hidden
      data-icon={name}
    />
  )
}
