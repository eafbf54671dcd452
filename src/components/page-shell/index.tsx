import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import { useElderMode } from '../../hooks/use-elder-mode'
import { TitleBar } from './title-bar'
import { useHtmlElderClass } from './use-html-elder-class'

/** Page root: applies the token set (normal / 长辈模式) so pages never branch on sizes. */
export function PageShell({ children, className }: { children: ReactNode; className?: string }) {
  const elder = useElderMode()
  useHtmlElderClass(elder)
  const classes = ['gov-page', elder ? 'gov-elder' : '', className ?? ''].filter(Boolean).join(' ')
  return (
    <View className={classes} data-elder={elder ? 'on' : 'off'}>
      <TitleBar />
      {children}
    </View>
  )
}
