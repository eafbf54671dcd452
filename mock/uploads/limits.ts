import { ApiError } from '../http/errors'
import type { Sniffed } from './sniff'

/**
 * The most pixels a photo may declare: 8192×6144, the 50-megapixel mode of current phones (a
 * 48 MP 8064×6048 fits too). The client sends photos uncompressed (`sizeType: ['original']`, and a
 * browser sends the file as it is), and phones shoot 12 MP (4032×3024) unless set otherwise, so
 * every real photo passes; the 64-megapixel 8000×8000 bomb of issue 14 does not.
 */
export const MAX_IMAGE_PIXELS = 8192 * 6144
/** A scrolling screenshot (1080 wide) can run long; nothing a phone makes is longer. */
export const MAX_IMAGE_SIDE = 20_000
/**
 * A PNG's scanlines inflate to width × height × channels × bit depth / 8 bytes: pngjs holds them
 * and its RGBA copy at once. 4 bytes a pixel at the pixel limit (8-bit RGBA) is the most we hold;
 * 16-bit PNGs (never a phone photo) are accepted up to half the pixels.
 */
export const MAX_PNG_RAW_BYTES = MAX_IMAGE_PIXELS * 4

const PNG_CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }

/** Bytes the PNG's pixels inflate to, from its IHDR (bit depth at 24, colour type at 25). */
export function pngRawBytes(data: Buffer, width: number, height: number): number {
  const channels = PNG_CHANNELS[data[25] ?? -1] ?? 4
  const bitDepth = data[24] ?? 16
  return Math.ceil((width * height * channels * bitDepth) / 8)
}

export const imageTooLarge = () =>
  new ApiError(
    413,
    'IMAGE_TOO_LARGE',
    '照片尺寸过大（超过5000万像素），请用手机相机的普通模式重新拍摄，或截图后上传',
  )

/**
 * Refuses an image by what its header declares, before a byte of it is inflated: the size of a
 * decompression bomb is in its header, while the file itself can be a few kilobytes.
 */
export function checkDeclaredSize(kind: Sniffed, data: Buffer): void {
  const { width, height } = kind
  if (width === null || height === null) return
  const tooLarge =
    width * height > MAX_IMAGE_PIXELS ||
    Math.max(width, height) > MAX_IMAGE_SIDE ||
    (kind.mime === 'image/png' && pngRawBytes(data, width, height) > MAX_PNG_RAW_BYTES)
  if (tooLarge) throw imageTooLarge()
}
