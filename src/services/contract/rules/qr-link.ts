/**
 * Printed 一码通 codes are ordinary QR codes of a link under the platform's domain; WeChat's
 * “扫普通链接二维码打开小程序” rule opens it in the mini program, which receives it as `q`.
 */
export const QR_LINK_BASE = 'https://ymt.qingshan.gov.cn/q/'

/** A payload: kind letter (l: 管理后台 sign-in, i: staff invite), 8-character id, optional base-36 expiry (minutes), 10-character signature. */
export const QR_PAYLOAD = /^[gqzcpali][A-Z2-9]{8}\.[0-9a-z]{0,8}\.[A-Z2-7]{10}$/

export function qrLink(payload: string): string {
  return QR_LINK_BASE + payload
}

/**
 * The payload inside what was scanned or typed: the official link (also URL-encoded, as the
 * `q` parameter arrives), or the bare payload. `null` when it is neither.
 */
export function payloadOf(scanned: string): string | null {
  let text = scanned.trim()
  if (/^https?%3A/i.test(text)) {
    try {
      text = decodeURIComponent(text)
    } catch {
      return null
    }
  }
  if (text.startsWith(QR_LINK_BASE)) text = text.slice(QR_LINK_BASE.length)
  return QR_PAYLOAD.test(text) ? text : null
}
