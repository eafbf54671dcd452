import Taro from '@tarojs/taro'
import { isWeapp } from './env'
import { hasField } from './result'

/** WeChat's standard font is 17px; 关怀模式 and the larger steps start at 20px. */
const LARGE_FONT_PX = 20

/** The phone's WeChat font setting in px, or null where there is none (H5). */
export function getWechatFontSize(): number | null {
  if (!isWeapp) return null
  try {
    const info: unknown = Taro.getAppBaseInfo()
    if (hasField(info, 'fontSizeSetting') && typeof info.fontSizeSetting === 'number') {
      return info.fontSizeSetting
    }
  } catch {
    // Base library too old for getAppBaseInfo.
  }
  return null
}

export function systemPrefersLargeText(): boolean {
  const size = getWechatFontSize()
  return size !== null && size >= LARGE_FONT_PX
}
