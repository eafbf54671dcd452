import { Text, View } from '@tarojs/components'
import { ChoiceGroup, type Choice } from '../../../components/choice-group'
import { useElderMode } from '../../../hooks/use-elder-mode'
import { getWechatFontSize } from '../../../platform/system'
import { usePreferences, type ElderChoice } from '../../../stores/preferences'

function systemDescription(): string {
  const size = getWechatFontSize()
  if (size === null) return '网页版按标准字号显示'
  return size >= 20 ? '微信字体已调大，当前为长辈模式' : '微信字体为标准大小，当前为标准模式'
}

export function ElderModeSetting() {
  const { elderChoice, setElderChoice } = usePreferences()
  const elder = useElderMode()
  const choices: readonly Choice<ElderChoice>[] = [
    { value: 'system', label: '跟随系统', description: systemDescription() },
    { value: 'on', label: '开启', description: '字更大、按钮更大、一屏只办一件事' },
    { value: 'off', label: '关闭', description: '标准字号' },
  ]
  return (
    <View className='gov-section'>
      <Text className='gov-section__title'>长辈模式</Text>
      <View className='gov-section'>
        <Text className='gov-text-secondary'>现在：{elder ? '长辈模式' : '标准模式'}</Text>
      </View>
      <ChoiceGroup
        label='长辈模式'
        choices={choices}
        value={elderChoice}
        onChange={setElderChoice}
      />
    </View>
  )
}
