import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { PageShell } from '../../../src/components/page-shell'
import { setPageTitle } from '../../../src/platform/navigation'

type Instance = ReturnType<typeof Taro.getCurrentInstance>

function onPage(path: string, title: string, stackDepth: number) {
  const page = { config: { navigationBarTitleText: title } }
  jest
    .spyOn(Taro, 'getCurrentInstance')
    .mockReturnValue({ router: { path, params: {} }, page } as unknown as Instance)
  jest
    .spyOn(Taro, 'getCurrentPages')
    .mockReturnValue(Array.from({ length: stackDepth }, () => page) as never)
}

afterEach(() => jest.restoreAllMocks())

test('an H5 sub-page opened from a link has a title bar with its title and 首页', () => {
  onPage('/packages/catalog/pages/guide/index', '办事指南', 1)
  const switchTab = jest.spyOn(Taro, 'switchTab').mockResolvedValue({ errMsg: 'ok' })
  render(<PageShell>内容</PageShell>)
  expect(screen.getByRole('heading', { name: '办事指南' })).toBeVisible()
  expect(screen.queryByRole('button', { name: /返回/ })).toBeNull()
  fireEvent.click(screen.getByRole('button', { name: '首页' }))
  expect(switchTab).toHaveBeenCalledWith({ url: '/pages/index/index' })
})

test('reached from another page, the title bar offers 返回 and follows a changed title', () => {
  onPage('/packages/booking/pages/book/index', '预约办事', 2)
  const back = jest.spyOn(Taro, 'navigateBack').mockResolvedValue({ errMsg: 'ok' })
  render(<PageShell>内容</PageShell>)
  fireEvent.click(screen.getByRole('button', { name: /返回/ }))
  expect(back).toHaveBeenCalled()
  jest.spyOn(Taro, 'setNavigationBarTitle').mockResolvedValue({ errMsg: 'ok' })
  act(() => setPageTitle('改约'))
  expect(screen.getByRole('heading', { name: '改约' })).toBeVisible()
})

test('tab pages keep the tab bar alone: no title bar', () => {
  onPage('/pages/mine/index', '我的', 1)
  render(<PageShell>内容</PageShell>)
  expect(screen.queryByRole('heading')).toBeNull()
  expect(screen.queryByRole('button')).toBeNull()
})
