import Taro from '@tarojs/taro'
import { isWeapp } from './env'
import { failureFromError, hasField, failure, type PlatformResult } from './result'
import { storage } from './storage'
import { randomId } from './random'

const DEVICE_KEY = 'gov.device-id'

/** H5 has no WeChat login: a development sign-in that keeps one identity per browser. */
function h5DevCode(): string {
  let id = storage.getItem(DEVICE_KEY)
  if (id === null) {
    id = randomId()
    storage.setItem(DEVICE_KEY, id)
  }
  return `dev:${id}`
}

export async function getLoginCode(): Promise<PlatformResult<{ code: string }>> {
  if (!isWeapp) return { ok: true, code: h5DevCode() }
  try {
    const res: unknown = await Taro.login()
    if (hasField(res, 'code') && typeof res.code === 'string' && res.code !== '') {
      return { ok: true, code: res.code }
    }
    return failure('failed', '微信登录失败，请稍后重试')
  } catch (error) {
    return failureFromError(error)
  }
}
