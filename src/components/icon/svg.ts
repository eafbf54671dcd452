import { ICONS, type IconName } from './shapes'

/** Colours an icon may take: the token colours, spelled out because a data-URI image cannot read CSS variables. */
export const ICON_COLORS = {
  primary: '#0b57d0',
  text: '#1f2329',
  secondary: '#4a5260',
  danger: '#b3261e',
  'on-primary': '#ffffff',
} as const

export type IconTone = keyof typeof ICON_COLORS

/** The icon as a standalone SVG document filled with one colour. */
export function iconSvg(name: IconName, tone: IconTone): string {
  const paths = ICONS[name].paths
    .map((p) => `<path${'evenOdd' in p && p.evenOdd ? ' fill-rule="evenodd"' : ''} d="${p.d}"/>`)
    .join('')
  return `<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16" fill="${ICON_COLORS[tone]}">${paths}</svg>`
}

/**
 * A `data:` URI an <image> shows on both builds: weapp has no inline <svg>, and the H5 CSP allows
 * `data:` images (mock/http/security-headers.ts) but no external hosts.
 */
export function iconDataUri(name: IconName, tone: IconTone): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(iconSvg(name, tone))}`
}
