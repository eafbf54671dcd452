import Taro from '@tarojs/taro'

/** String storage over Taro storage; a missing key is `null` (Taro returns ''). */
export const storage = {
  getItem(key: string): string | null {
    try {
      const value: unknown = Taro.getStorageSync(key)
      return typeof value === 'string' && value !== '' ? value : null
    } catch {
      return null
    }
  },
  setItem(key: string, value: string): void {
    try {
      Taro.setStorageSync(key, value)
    } catch {
      // Storage full or unavailable: keeping the app usable matters more than this write.
    }
  },
  removeItem(key: string): void {
    try {
      Taro.removeStorageSync(key)
    } catch {
      // Same as above.
    }
  },
}

export function readJson<T>(key: string): T | null {
  const raw = storage.getItem(key)
  if (raw === null) return null
  try {
    return JSON.parse(raw) as T
  } catch {
    return null
  }
}

export function writeJson(key: string, value: unknown): void {
  storage.setItem(key, JSON.stringify(value))
}
