import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import './index.scss'

type Tone = 'info' | 'success' | 'warning' | 'danger'
const ICONS: Record<Tone, string> = { info: 'ℹ', success: '✓', warning: '!', danger: '✗' }

/** An inline message that stays until it is dealt with (toasts vanish too fast for older users). */
export function Notice({
  tone = 'info',
  children,
  action,
}: {
  tone?: Tone
  children: ReactNode
  action?: ReactNode
}) {
  return (
    <View
      className={`gov-notice gov-notice--${tone}`}
      role={tone === 'danger' ? 'alert' : 'status'}
    >
      <Text className='gov-notice__icon'>{ICONS[tone]}</Text>
      <View className='gov-notice__body'>
        <Text>{children}</Text>
        {action}
      </View>
    </View>
  )
}
