import Taro from '@tarojs/taro'
import { TAB_ROUTES } from '../utils/routes'

export function openPage(url: string): void {
  const path = url.split('?')[0] ?? url
  if (TAB_ROUTES.includes(path)) void Taro.switchTab({ url: path })
  else void Taro.navigateTo({ url })
}

/** Replaces the current page, so 返回 does not lead back into a finished flow. */
export function replacePage(url: string): void {
  void Taro.redirectTo({ url })
}

/** The title bar of the current page, when one route serves two purposes (预约 / 改约). */
export function setPageTitle(title: string): void {
  void Taro.setNavigationBarTitle({ title }).catch(() => undefined)
}

export function goBack(): void {
  void Taro.navigateBack().catch(() => Taro.switchTab({ url: TAB_ROUTES[0] ?? '/' }))
}

export function currentParams(): Record<string, string | undefined> {
  return Taro.getCurrentInstance().router?.params ?? {}
}
