import Taro from '@tarojs/taro'
import { isWeapp } from './env'
import { failure, failureFromError, hasField, type PlatformResult } from './result'

export type ScanResult = PlatformResult<{ text: string; scanType: string }>

/** Camera-only scan. H5 camera scanning needs a decoder and arrives with the 一码通 feature. */
export async function scanCode(): Promise<ScanResult> {
  if (!isWeapp) return failure('unsupported', '网页版暂不支持摄像头扫码，请手动输入码下方的文字')
  try {
    const res: unknown = await Taro.scanCode({ onlyFromCamera: true })
    if (hasField(res, 'result') && typeof res.result === 'string') {
      const scanType = hasField(res, 'scanType') ? String(res.scanType) : ''
      return { ok: true, text: res.result, scanType }
    }
    return failure('unsupported')
  } catch (error) {
    return failureFromError(error)
  }
}
