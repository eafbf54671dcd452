import Taro from '@tarojs/taro'
import { failure, failureFromError, hasField } from './result'
import type { ScanResult } from './scan'

/** A phone photo is 12 MP; a code is found as well at this size, and far faster. */
const MAX_SIDE = 1200

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image()
    image.onload = () => resolve(image)
    image.onerror = () => reject(new Error('image did not load'))
    image.src = url
  })
}

/** The text of the QR code in a picture, or null when there is none to read. */
async function decodePicture(url: string): Promise<string | null> {
  const [{ default: jsQR }, image] = await Promise.all([import('jsqr'), loadImage(url)])
  const scale = Math.min(1, MAX_SIDE / Math.max(image.naturalWidth, image.naturalHeight))
  const canvas = document.createElement('canvas')
  canvas.width = Math.max(1, Math.round(image.naturalWidth * scale))
  canvas.height = Math.max(1, Math.round(image.naturalHeight * scale))
  const context = canvas.getContext('2d', { willReadFrequently: true })
  if (!context) return null
  context.drawImage(image, 0, 0, canvas.width, canvas.height)
  const pixels = context.getImageData(0, 0, canvas.width, canvas.height)
  return jsQR(pixels.data, pixels.width, pixels.height)?.data || null
}

/** 从相册选择 in the browser: pick a picture and read the QR code in it, as a scan would. */
export async function readCodeFromAlbum(): Promise<ScanResult> {
  try {
    const picked: unknown = await Taro.chooseImage({ count: 1, sourceType: ['album'] })
    const paths = hasField(picked, 'tempFilePaths') ? picked.tempFilePaths : []
    const url = Array.isArray(paths) && typeof paths[0] === 'string' ? paths[0] : null
    if (url === null) return failure('cancelled')
    const text = await decodePicture(url)
    if (text === null) {
      return failure(
        'failed',
        '这张图片里没有找到二维码，请换一张二维码完整、清楚的图片，或在下方输入码下方的文字',
      )
    }
    return { ok: true, text, scanType: 'QR_CODE' }
  } catch (error) {
    return failureFromError(error)
  }
}
