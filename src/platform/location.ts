import Taro from '@tarojs/taro'
import { isWeapp } from './env'
import { failure, failureFromError, hasField, type PlatformResult } from './result'

export type LocationResult = PlatformResult<{ latitude: number; longitude: number }>

export async function getLocation(): Promise<LocationResult> {
  try {
    // H5 only understands wgs84; WeChat maps use gcj02.
    const res: unknown = await Taro.getLocation({ type: isWeapp ? 'gcj02' : 'wgs84' })
    if (
      hasField(res, 'latitude') &&
      hasField(res, 'longitude') &&
      typeof res.latitude === 'number' &&
      typeof res.longitude === 'number'
    ) {
      return { ok: true, latitude: res.latitude, longitude: res.longitude }
    }
    return failure('unsupported', '无法获取位置，已按青山区政务服务中心为您排序')
  } catch (error) {
    return failureFromError(error)
  }
}
