import { Children, type ReactNode } from 'react'
import { View } from '@tarojs/components'
import { useElderMode } from '../../hooks/use-elder-mode'
import { TitleBar } from './title-bar'
import { useHtmlElderClass } from './use-html-elder-class'
import { PROGRESSIVE_PAGES, useProgressiveCount } from './use-progressive-count'

interface PageShellProps {
  children: ReactNode
  className?: string
  /**
   * H5: render the sections one per task (use-progressive-count.ts). Only for pages whose sections
   * use no page lifecycle hook (useDidShow…): a section shown later would miss the first show.
   */
  progressive?: boolean
}

/** Page root: applies the token set (normal / 长辈模式) so pages never branch on sizes. */
export function PageShell({ children, className, progressive = false }: PageShellProps) {
  const elder = useElderMode()
  useHtmlElderClass(elder)
  const sections = Children.toArray(children)
  const shown = useProgressiveCount(sections.length, progressive && PROGRESSIVE_PAGES)
  const classes = ['gov-page', elder ? 'gov-elder' : '', className ?? ''].filter(Boolean).join(' ')
  return (
    <View className={classes} data-elder={elder ? 'on' : 'off'}>
      <TitleBar />
      {shown >= sections.length ? sections : sections.slice(0, shown)}
    </View>
  )
}
