import { ApiError } from '../http/errors'
import { jpegFrame, type JpegFrame, type Sniffed } from './sniff'

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

/**
 * jpeg-js (like any baseline decoder) holds every 8×8 block of every component at once, each a
 * typed array that costs ≈ 660 bytes of memory (measured: 195 on the JS heap). A 50 MP phone photo
 * at 4:2:0 has 8192×6144 / 64 × 1.5 blocks (≈ 780 MB); the same frame at 4:4:4 has twice that
 * and is refused. A full-colour (4:4:4) JPEG is accepted up to 25 MP, a 12 MP photo in any form.
 */
export const MAX_JPEG_BLOCKS = (MAX_IMAGE_PIXELS / 64) * 1.5

/** The 8×8 blocks a decoder holds for this frame, MCU padding included (as jpeg-js counts). */
export function jpegBlocks({ width, height, components }: JpegFrame): number {
  const maxH = Math.max(1, ...components.map((c) => c.h))
  const maxV = Math.max(1, ...components.map((c) => c.v))
  const mcusPerLine = Math.ceil(width / 8 / maxH)
  const mcusPerColumn = Math.ceil(height / 8 / maxV)
  return components.reduce((sum, c) => sum + mcusPerLine * c.h * mcusPerColumn * c.v, 0)
}

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
  const frame = kind.mime === 'image/jpeg' ? jpegFrame(data) : null
  const tooLarge =
    width * height > MAX_IMAGE_PIXELS ||
    Math.max(width, height) > MAX_IMAGE_SIDE ||
    (kind.mime === 'image/png' && pngRawBytes(data, width, height) > MAX_PNG_RAW_BYTES) ||
    (frame !== null && jpegBlocks(frame) > MAX_JPEG_BLOCKS)
  if (tooLarge) throw imageTooLarge()
}
