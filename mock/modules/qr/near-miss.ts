import { QR_LINK_BASE } from '../../../src/services/contract'
import { signatureMatches } from './sign'

/** Our payload's shape in any case and with digits anywhere: what a person copying it may type. */
const LOOSE_SHAPE = /^[a-z][a-z0-9]{8}\.[0-9a-z]{0,8}\.[a-z0-9]{10}$/i
const KIND_LETTERS = 'gqzcpali'
const ID_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ23456789'
const EXPIRY_CHARS = '0123456789abcdefghijklmnopqrstuvwxyz'
const SIGNATURE_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'

export interface NearMiss {
  /** Letters typed in the wrong case. */
  caseWrong: boolean
  /** 1-based position of the one character that differs from the genuine code, if any. */
  position: number | null
}

/** The characters a position of the payload can hold; '' for the dots. */
function charsAt(payload: string, index: number): string {
  const [head = '', expiry = ''] = payload.split('.')
  if (index === 0) return KIND_LETTERS
  if (index < head.length) return ID_CHARS
  if (index === head.length || index === head.length + expiry.length + 1) return ''
  return index <= head.length + expiry.length ? EXPIRY_CHARS : SIGNATURE_CHARS
}

/** Kind letter and expiry in lower case, id and signature in upper case, as we sign them. */
function canonicalCase(payload: string): string {
  const [head = '', expiry = '', sig = ''] = payload.split('.')
  return `${head.slice(0, 1).toLowerCase()}${head.slice(1).toUpperCase()}.${expiry.toLowerCase()}.${sig.toUpperCase()}`
}

function oneCharFix(key: Buffer, payload: string): number | null {
  for (let i = 0; i < payload.length; i++) {
    for (const c of charsAt(payload, i)) {
      if (c === payload[i]) continue
      if (signatureMatches(key, payload.slice(0, i) + c + payload.slice(i + 1))) return i + 1
    }
  }
  return null
}

/**
 * A genuine code copied by hand: our shape, and the signature holds once the case is put right
 * and at most one character changed. `null` for anything else (foreign text or a real forgery).
 */
export function nearMiss(key: Buffer, text: string): NearMiss | null {
  let typed = text.trim()
  if (typed.toLowerCase().startsWith(QR_LINK_BASE)) typed = typed.slice(QR_LINK_BASE.length)
  if (!LOOSE_SHAPE.test(typed)) return null
  const canonical = canonicalCase(typed)
  if (signatureMatches(key, canonical)) return { caseWrong: canonical !== typed, position: null }
  const position = oneCharFix(key, canonical)
  if (position === null) return null
  const rest = (s: string) => s.slice(0, position - 1) + s.slice(position)
  return { caseWrong: rest(canonical) !== rest(typed), position }
}

/** “请核对后重新输入” with the reason, in words a person copying the code can act on. */
export function nearMissMessage(miss: NearMiss): string {
  const reasons = [
    ...(miss.caseWrong
      ? ['字母大小写不对：二维码下方的文字中，第1位和两个点之间的字母是小写，其余字母都是大写']
      : []),
    ...(miss.position !== null
      ? [`第${miss.position}位和二维码不一致，可能看错或输错了（常见的如 0 和 O、1 和 I、8 和 B）`]
      : []),
  ]
  return `请核对后重新输入：${reasons.join('；')}。输入时请对照二维码下方的文字逐位核对。`
}
