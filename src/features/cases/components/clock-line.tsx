import { Text } from '@tarojs/components'
import type { CaseSummary } from '../../../services/contract'
import { clockText } from '../model'
import { Icon } from '../../../components/icon'

/** The 承诺时限 clock in words; the tone is a second signal, never the only one. */
export function ClockLine({ summary }: { summary: CaseSummary }) {
  const { text, tone } = clockText(summary)
  return (
    <Text className={`case-clock case-clock--${tone}`} aria-label='承诺时限'>
      {tone === 'danger' ? '! ' : <Icon name='clock' tone='secondary' />}
      {text}
    </Text>
  )
}
