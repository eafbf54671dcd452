import Taro from '@tarojs/taro'
import { failureFromError, type PlatformResult } from './result'

export async function callPhone(phoneNumber: string): Promise<PlatformResult<object>> {
  try {
    await Taro.makePhoneCall({ phoneNumber })
    return { ok: true }
  } catch (error) {
    return failureFromError(error)
  }
}
