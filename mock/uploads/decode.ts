import jpeg from 'jpeg-js'
import { PNG } from 'pngjs'
import type { Pixels, UploadKind } from '../../src/services/contract'

/** jpeg-js guards: a 10 MB JPEG can claim a huge frame; refuse to allocate for more than this. */
const MAX_MEGAPIXELS = 50
const MAX_MEMORY_MB = 400

/** The decoded pixels of an uploaded photo, or null when the file does not decode. */
export function decodeImage(mime: UploadKind, data: Buffer): Pixels | null {
  try {
    if (mime === 'image/png') {
      const png = PNG.sync.read(data)
      return { width: png.width, height: png.height, channels: 4, data: png.data }
    }
    if (mime === 'image/jpeg') {
      const image = jpeg.decode(data, {
        useTArray: true,
        formatAsRGBA: false,
        maxResolutionInMP: MAX_MEGAPIXELS,
        maxMemoryUsageInMB: MAX_MEMORY_MB,
      })
      const channels = image.data.length / (image.width * image.height)
      return { width: image.width, height: image.height, channels, data: image.data }
    }
    return null
  } catch {
    return null
  }
}
