import { Text, View } from '@tarojs/components'
import type { PolicyCalendar } from '../../../services/contract'
import { openPage } from '../../../platform/navigation'
import { routes } from '../../../utils/routes'
import { MATCH_LABELS, daysLeftLabel, groupByMonth } from '../model'
import { formatDay } from '../../../services/contract'
import './policy.scss'

/** Deadlines of the policies this enterprise fully, possibly or nearly qualifies for. */
export function CalendarView({ calendar }: { calendar: PolicyCalendar }) {
  return (
    <View>
      {groupByMonth(calendar.items).map((group) => (
        <View key={group.month} className='gov-section' aria-label={group.month}>
          <Text className='gov-section__title'>{group.month}</Text>
          {group.entries.map((entry) => (
            <View
              key={entry.policy.id}
              className='gov-list-card'
              role='button'
              aria-label={entry.policy.title}
              onClick={() => openPage(routes.policyDetail(entry.policy.id))}
            >
              <Text className='policy-field__label'>
                {formatDay(entry.deadline)} 截止 · {daysLeftLabel(entry.daysLeft)}
              </Text>
              <Text>{entry.policy.title}</Text>
              <Text className='gov-text-secondary'>
                {MATCH_LABELS[entry.status].icon} {MATCH_LABELS[entry.status].text} ·{' '}
                {entry.policy.amount}
              </Text>
            </View>
          ))}
        </View>
      ))}
    </View>
  )
}
