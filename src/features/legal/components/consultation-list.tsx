import { Text, View } from '@tarojs/components'
import type { ConsultationSummary } from '../../../services/contract'
import { openPage } from '../../../platform/navigation'
import { routes } from '../../../utils/routes'
import { shortTime, statusLine } from '../model'
import './legal.scss'

interface ConsultationListProps {
  items: readonly ConsultationSummary[]
  viewer: 'user' | 'lawyer'
}

export function ConsultationList({ items, viewer }: ConsultationListProps) {
  return (
    <View>
      {items.map((item) => (
        <View
          key={item.id}
          className='gov-list-card'
          role='button'
          onClick={() => openPage(routes.legalThread(item.id))}
        >
          <Text className='gov-line'>{item.title}</Text>
          <Text className='gov-text-secondary'>
            {item.topicName} · {viewer === 'user' ? item.lawyerName : item.askerName} ·{' '}
            {shortTime(item.updatedAt)}
          </Text>
          <Text className={item.unread ? 'gov-line gov-text-danger' : 'gov-text-secondary'}>
            {statusLine(item.status, item.unread, viewer)}
          </Text>
        </View>
      ))}
    </View>
  )
}
