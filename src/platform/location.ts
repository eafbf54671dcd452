import Taro from '@tarojs/taro'
import { wgs84ToGcj02 } from '../utils/geo'
import { isWeapp } from './env'
import { failure, failureFromError, hasField, type PlatformResult } from './result'

/** Always GCJ-02, the datum of WeChat maps and of our service point coordinates. */
export type LocationResult = PlatformResult<{ latitude: number; longitude: number }>

export async function getLocation(): Promise<LocationResult> {
  try {
    // H5 only understands wgs84 (converted below); WeChat answers gcj02 directly.
    const res: unknown = await Taro.getLocation({ type: isWeapp ? 'gcj02' : 'wgs84' })
    if (
      hasField(res, 'latitude') &&
      hasField(res, 'longitude') &&
      typeof res.latitude === 'number' &&
      typeof res.longitude === 'number'
    ) {
      const position = isWeapp
        ? { latitude: res.latitude, longitude: res.longitude }
        : wgs84ToGcj02(res.latitude, res.longitude)
      return { ok: true, ...position }
    }
    return failure('unsupported', '无法获取位置，已按青山区政务服务中心为您排序')
  } catch (error) {
    return failureFromError(error)
  }
}

export interface MapTarget {
  latitude: number
  longitude: number
  name: string
  address: string
}

/** Directions: WeChat's own map on weapp; a map site in a new tab on H5. */
export async function openMap(target: MapTarget): Promise<PlatformResult<object>> {
  if (!isWeapp) {
    const url = `https://uri.amap.com/marker?position=${target.longitude},${target.latitude}&name=${encodeURIComponent(target.name)}&coordinate=gaode&callnative=1`
    const opened = typeof window !== 'undefined' ? window.open(url, '_blank') : null
    if (opened === null) return failure('unsupported', '浏览器拦截了地图窗口，请按地址自行导航')
    opened.opener = null
    return { ok: true }
  }
  try {
    const { latitude, longitude, name, address } = target
    await Taro.openLocation({ latitude, longitude, name, address, scale: 16 })
    return { ok: true }
  } catch (error) {
    return failureFromError(error)
  }
}
