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

/** What H5's own title bar (components/page-shell) listens to; weapp's is WeChat's. */
export const PAGE_TITLE_EVENT = 'gov:page-title'

/** The title bar of the current page, when one route serves two purposes (预约 / 改约). */
export function setPageTitle(title: string): void {
  void Taro.setNavigationBarTitle({ title }).catch(() => undefined)
  Taro.eventCenter.trigger(PAGE_TITLE_EVENT, title)
}

export function goHome(): void {
  void Taro.switchTab({ url: TAB_ROUTES[0] ?? '/' })
}

export function goBack(): void {
  void Taro.navigateBack().catch(goHome)
}

export function currentParams(): Record<string, string | undefined> {
  return Taro.getCurrentInstance().router?.params ?? {}
}

/** Brings the element the selector names to the top of the page (no animation). */
export function scrollToElement(selector: string): void {
  void Taro.pageScrollTo({ selector, duration: 0 }).catch(() => undefined)
}
