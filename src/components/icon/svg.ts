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

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** Base64 of an ASCII string (the SVG is ASCII), without `btoa`, which the weapp runtime lacks. */
export function asciiBase64(text: string): string {
  let out = ''
  for (let i = 0; i < text.length; i += 3) {
    // Past the end charCodeAt gives NaN, which counts as 0 bits.
    const bits =
      (text.charCodeAt(i) << 16) |
      ((text.charCodeAt(i + 1) || 0) << 8) |
      (text.charCodeAt(i + 2) || 0)
    out += BASE64[(bits >> 18) & 63] ?? ''
    out += BASE64[(bits >> 12) & 63] ?? ''
    out += i + 1 < text.length ? (BASE64[(bits >> 6) & 63] ?? '') : '='
    out += i + 2 < text.length ? (BASE64[bits & 63] ?? '') : '='
  }
  return out
}

/**
 * A base64 `data:` URI an <image> shows on both builds: weapp has no inline <svg>, and the H5 CSP
 * allows `data:` images (mock/http/security-headers.ts) but no external hosts.
 */
export function iconDataUri(name: IconName, tone: IconTone): string {
  return `data:image/svg+xml;base64,${asciiBase64(iconSvg(name, tone))}`
}
