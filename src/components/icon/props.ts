import type { IconName } from './shapes'
import type { IconTone } from './svg'

export interface IconProps {
  name: IconName
  tone?: IconTone
  /** `body` sits in a line of text; `tile` heads a home tile. Both follow the 长辈模式 tokens. */
  size?: 'body' | 'tile'
}
