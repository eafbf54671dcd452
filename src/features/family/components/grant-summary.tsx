import { Text, View } from '@tarojs/components'
import { grantEnd } from '../../../services/contract'
import { chosenItems, granteeLabel, whenText, type GrantDraft } from '../model'

/** What the grantor is about to allow, in plain words. */
export function GrantSummary({ draft, now }: { draft: GrantDraft; now: Date }) {
  const helper = draft.kind === 'helper'
  const who = granteeLabel({
    granteeKind: helper ? 'helper' : 'relative',
    granteeName: helper ? '' : draft.name.trim(),
    relation: draft.relation,
  })
  const days = Number(draft.days)
  return (
    <View aria-label='授权内容'>
      <Text className='gov-line'>请谁办：{who}</Text>
      <Text className='gov-line'>可以办：</Text>
      {chosenItems(draft).map((item) => (
        <Text key={item.id} className='gov-line'>
          · {item.name}
        </Text>
      ))}
      <Text className='gov-line'>
        期限：{days}天，到{whenText(grantEnd(now, days).toISOString())}为止
      </Text>
      <Text className='gov-text-secondary'>
        对方只能替您预约或提交上面这些事项，办的每件事都会记在“代办记录”里，您随时可以撤销。
      </Text>
    </View>
  )
}
