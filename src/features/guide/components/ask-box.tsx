import { Text, View } from '@tarojs/components'
import { TextBox } from '../../../components/field/text-box'
import { GovButton } from '../../../components/gov-button'
import { ASK_MAX_CHARS } from '../../../services/contract/choices'
import { VoiceButton } from './voice-button'

const EXAMPLES = ['我要开饭店', '生孩子要办什么', '补办社保卡', '买房过户']

interface AskBoxProps {
  text: string
  onText: (text: string) => void
  onAsk: (text: string) => void
  busy: boolean
  error: string | null
}

/** The request in the user's own words: typed, spoken, or one of the examples. */
export function AskBox({ text, onText, onAsk, busy, error }: AskBoxProps) {
  return (
    <View className='gov-card gov-section'>
      <TextBox
        label='说说您要办什么'
        value={text}
        placeholder='用自己的话说，例如：我要开饭店'
        maxlength={ASK_MAX_CHARS}
        error={error}
        onInput={onText}
      />
      <View className='gov-actions'>
        <VoiceButton
          onHeard={(heard) => {
            onText(heard)
            onAsk(heard)
          }}
        />
        <GovButton block loading={busy} onClick={() => onAsk(text)}>
          帮我看看怎么办
        </GovButton>
      </View>
      <Text className='gov-text-secondary'>也可以点一个例子：</Text>
      <View className='guide-examples'>
        {EXAMPLES.map((example) => (
          <GovButton
            key={example}
            variant='plain'
            onClick={() => {
              onText(example)
              onAsk(example)
            }}
          >
            {example}
          </GovButton>
        ))}
      </View>
    </View>
  )
}
