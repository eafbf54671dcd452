import { Children, type ReactNode } from 'react'
import { View } from '@tarojs/components'
import { useElderMode } from '../../hooks/use-elder-mode'
import { TitleBar } from './title-bar'
import { useHtmlElderClass } from './use-html-elder-class'
import { useProgressiveCount } from './use-progressive-count'

/** Page root: applies the token set (normal / 长辈模式) so pages never branch on sizes. */
export function PageShell({ children, className }: { children: ReactNode; className?: string }) {
  const elder = useElderMode()
  useHtmlElderClass(elder)
  const sections = Children.toArray(children)
  const shown = useProgressiveCount(sections.length)
  const classes = ['gov-page', elder ? 'gov-elder' : '', className ?? ''].filter(Boolean).join(' ')
  return (
    <View className={classes} data-elder={elder ? 'on' : 'off'}>
      <TitleBar />
      {shown >= sections.length ? sections : sections.slice(0, shown)}
    </View>
  )
}
