import type { UploadKind } from '../../src/services/contract'

export interface Sniffed {
  mime: UploadKind
  width: number | null
  height: number | null
}

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
const starts = (data: Buffer, bytes: readonly number[]) => bytes.every((b, i) => data[i] === b)

export interface JpegFrame {
  width: number
  height: number
  /** Each component's sampling factors: Y at 2×2 and Cb, Cr at 1×1 is a phone's 4:2:0. */
  components: { h: number; v: number }[]
}

/** The first SOFn frame header of a JPEG (C4, C8 and CC are not frames), or null. */
export function jpegFrame(data: Buffer): JpegFrame | null {
  let at = 2
  while (at + 9 < data.length) {
    if (data[at] !== 0xff) return null
    const marker = data[at + 1] ?? 0
    if (marker === 0xff) {
      at += 1
      continue
    }
    const length = data.readUInt16BE(at + 2)
    const isFrame = marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)
    if (isFrame) {
      const count = data[at + 9] ?? 0
      const components = Array.from({ length: count }, (_, i) => {
        const factors = data[at + 11 + 3 * i] ?? 0x11
        return { h: factors >> 4 || 1, v: factors & 0x0f || 1 }
      })
      return { height: data.readUInt16BE(at + 5), width: data.readUInt16BE(at + 7), components }
    }
    at += 2 + length
  }
  return null
}

/**
 * What a file really is, by its first bytes: a renamed .exe stays refused whatever its name or
 * declared type. Images must also carry a readable size, or they are not images we can use.
 */
export function sniff(data: Buffer): Sniffed | null {
  if (starts(data, PNG) && data.length >= 24 && data.toString('latin1', 12, 16) === 'IHDR') {
    return { mime: 'image/png', width: data.readUInt32BE(16), height: data.readUInt32BE(20) }
  }
  if (starts(data, [0xff, 0xd8, 0xff])) {
    const frame = jpegFrame(data)
    return frame && { mime: 'image/jpeg', width: frame.width, height: frame.height }
  }
  if (data.toString('latin1', 0, 5) === '%PDF-')
    return { mime: 'application/pdf', width: null, height: null }
  return null
}
