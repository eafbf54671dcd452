import { Image } from '@tarojs/components'
import type { IconProps } from './props'
import { iconDataUri } from './svg'
import './index.scss'

export type { IconName } from './shapes'
export type { IconTone } from './svg'

/**
 * A Bootstrap Icons shape drawn from the app's own files (never a font glyph a phone may lack).
 * Decorative: the text next to it carries the meaning, so screen readers skip it. (H5 draws it
 * inline: index.h5.tsx.)
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
