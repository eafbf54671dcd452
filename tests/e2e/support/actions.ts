import path from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { ARTIFACTS } from './browser'

/** Taro's H5 Input is a custom element around a real <input>: type into that. */
export async function fill(page: Page, label: string, value: string): Promise<void> {
  const input = page.locator(`taro-input-core[aria-label="${label}"] input`)
  await input.fill(value)
}

export function inputValue(page: Page, label: string): Promise<string> {
  return page.locator(`taro-input-core[aria-label="${label}"] input`).inputValue()
}

export async function tab(page: Page, name: '首页' | '办事' | '我的'): Promise<void> {
  await page.locator('.weui-tabbar__item', { hasText: name }).click()
}

/** Only the visible Taro page counts: H5 keeps earlier pages of the stack hidden in the DOM. */
export function visiblePage(page: Page) {
  return page.locator('.gov-page:visible')
}

export function screenshot(page: Page, name: string) {
  return page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true })
}

/** Waits (up to 10 s) until `locator` matches exactly `expected` elements, then returns the count. */
export async function settledCount(locator: Locator, expected: number): Promise<number> {
  const deadline = Date.now() + 10_000
  let count = await locator.count()
  while (count !== expected && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100))
    count = await locator.count()
  }
  return count
}
