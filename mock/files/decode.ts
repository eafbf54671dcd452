import jpeg from 'jpeg-js'
import { PNG } from 'pngjs'
import type { Pixels, UploadKind } from '../../src/services/contract'
import { MAX_IMAGE_PIXELS } from './limits'

/**
 * jpeg-js's own count of what it allocates: ≈ 530 MB for the largest frame limits.ts lets through
 * (50 MP at 4:2:0). The second line, for what a header check cannot see (a later, larger frame).
 */
const MAX_JPEG_MEMORY_MB = 600

export type Decoded = Pixels | 'broken' | 'too-large'

/** jpeg-js's words when a frame needs more than its limits allow. */
const isOverLimit = (error: unknown) =>
  error instanceof Error && /limit exceeded/.test(error.message)

/** The decoded pixels of an uploaded photo; why not when it cannot be decoded. */
export function decode(mime: UploadKind, data: Buffer): Decoded {
  try {
    if (mime === 'image/png') {
      const png = PNG.sync.read(data)
      return { width: png.width, height: png.height, channels: 4, data: png.data }
    }
    if (mime === 'image/jpeg') {
      const image = jpeg.decode(data, {
        useTArray: true,
        formatAsRGBA: false,
        maxResolutionInMP: MAX_IMAGE_PIXELS / 1e6,
        maxMemoryUsageInMB: MAX_JPEG_MEMORY_MB,
      })
      const channels = image.data.length / (image.width * image.height)
      return { width: image.width, height: image.height, channels, data: image.data }
    }
    return 'broken'
  } catch (error) {
    return isOverLimit(error) ? 'too-large' : 'broken'
  }
}

/** The decoded pixels of an uploaded photo, or null when the file does not decode. */
export function decodeImage(mime: UploadKind, data: Buffer): Pixels | null {
  const decoded = decode(mime, data)
  return typeof decoded === 'string' ? null : decoded
}
