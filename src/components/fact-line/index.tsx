import { Text } from '@tarojs/components'
import './index.scss'

/**
 * Facts about a card (承诺时限, 通办, 截止…) as one line of plain text joined by “·”: nothing
 * here can be tapped, so nothing is drawn with a border like a button or a chip.
 */
export function FactLine({ facts }: { facts: readonly (string | false | null | undefined)[] }) {
  const shown = facts.filter((f): f is string => typeof f === 'string' && f !== '')
  if (shown.length === 0) return null
  return <Text className='gov-fact-line'>{shown.join(' · ')}</Text>
}
