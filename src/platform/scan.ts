import Taro from '@tarojs/taro'
import { isWeapp } from './env'
import { failure, failureFromError, hasField, type PlatformResult } from './result'

export type ScanResult = PlatformResult<{ text: string; scanType: string }>

/**
 * WeChat's scanner. `fromAlbum` adds its 相册 button, for a code saved as a picture or a
 * photo taken earlier; staff check-in keeps to the camera. On H5 see album-code and CameraScanner.
 */
export async function scanCode({ fromAlbum = false } = {}): Promise<ScanResult> {
  if (!isWeapp) return failure('unsupported', '网页版暂不支持摄像头扫码，请手动输入码下方的文字')
  try {
    const res: unknown = await Taro.scanCode({ onlyFromCamera: !fromAlbum })
    if (hasField(res, 'result') && typeof res.result === 'string') {
      const scanType = hasField(res, 'scanType') ? String(res.scanType) : ''
      return { ok: true, text: res.result, scanType }
    }
    return failure('unsupported')
  } catch (error) {
    return failureFromError(error)
  }
}
