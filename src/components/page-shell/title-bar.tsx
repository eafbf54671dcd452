import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { goBack, goHome, PAGE_TITLE_EVENT } from '../../platform/navigation'
import { isWeapp } from '../../platform/env'
import { TAB_ROUTES } from '../../utils/routes'
import './title-bar.scss'

interface PageContext {
  title: string
  /** Pages of the app under this one: 返回 has somewhere to go. */
  hasHistory: boolean
}

/** The current H5 sub-page, or null on a tab page, outside the router (tests) and on weapp. */
function subPageContext(): PageContext | null {
  if (isWeapp) return null
  const instance = Taro.getCurrentInstance()
  const path = instance.router?.path.split('?')[0]
  if (!path || TAB_ROUTES.includes(path)) return null
  const config = instance.page?.config as { navigationBarTitleText?: string } | undefined
  return {
    title: config?.navigationBarTitleText ?? '',
    hasHistory: Taro.getCurrentPages().length > 1,
  }
}

/**
 * H5's title bar (weapp keeps WeChat's own): the page title, 返回 to the page before, or 首页
 * when the page was opened straight from a link and there is nothing to go back to.
 */
export function TitleBar() {
  const [context] = useState(subPageContext)
  const [title, setTitle] = useState(context?.title ?? '')
  useEffect(() => {
    if (!context) return
    const page = Taro.getCurrentInstance().page
    const onTitle = (next: string) => {
      if (Taro.getCurrentInstance().page === page) setTitle(next)
    }
    Taro.eventCenter.on(PAGE_TITLE_EVENT, onTitle)
    return () => void Taro.eventCenter.off(PAGE_TITLE_EVENT, onTitle)
  }, [context])
  if (!context) return null
  return (
    <View className='gov-title-bar'>
      {context.hasHistory ? (
        <View className='gov-title-bar__button' role='button' onClick={goBack}>
          <Text aria-hidden>‹ </Text>
          <Text>返回</Text>
        </View>
      ) : (
        <View className='gov-title-bar__button' role='button' onClick={goHome}>
          <Text>首页</Text>
        </View>
      )}
      <View className='gov-title-bar__title' role='heading' aria-level={1}>
        {title}
      </View>
    </View>
  )
}
