import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import './index.scss'

interface CellProps {
  title: ReactNode
  description?: ReactNode
  /** Right-hand value, e.g. the current setting. */
  value?: ReactNode
  onClick?: () => void
}

/** A tappable list row at least one tap target tall. */
export function Cell({ title, description, value, onClick }: CellProps) {
  return (
    <View
      className={`gov-cell${onClick ? ' gov-cell--link' : ''}`}
      onClick={onClick}
      role={onClick ? 'button' : undefined}
    >
      <View className='gov-cell__main'>
        <Text className='gov-cell__title'>{title}</Text>
        {description !== undefined && <Text className='gov-cell__description'>{description}</Text>}
      </View>
      {value !== undefined && <Text className='gov-cell__value'>{value}</Text>}
      {onClick && <Text className='gov-cell__arrow'>›</Text>}
    </View>
  )
}
