import type { IconProps } from './props'
import { ICONS } from './shapes'
import { ICON_COLORS } from './svg'
import './index.scss'

export type { IconName } from './shapes'
export type { IconTone } from './svg'

/**
 * H5: the icon as inline SVG. The weapp build has no inline <svg> and shows a data-URI <image>
 * (index.tsx); in a browser each such image is an SVG document of its own, and building the
 * sixteen on 首页 took 300 ms of a slow phone's main thread in one task. Decorative, as there.
 */
export function Icon({ name, tone = 'primary', size = 'body' }: IconProps) {
  return (
    <svg
      className={`gov-icon gov-icon--${size}`}
      viewBox='0 0 16 16'
      fill={ICON_COLORS[tone]}
      aria-hidden='true'
      focusable='false'
      data-icon={name}
    >
      {ICONS[name].paths.map((path) => (
        <path
          key={path.d}
          d={path.d}
          fillRule={'evenOdd' in path && path.evenOdd ? 'evenodd' : undefined}
        />
      ))}
    </svg>
  )
}
