import { Text, View } from '@tarojs/components'
import { useElderMode } from '../../../hooks/use-elder-mode'
import { usePreferences } from '../../../stores/preferences'
import './elder-toggle.scss'

/** The home page's 长辈模式 switch, in plain sight (MIIT 适老化 entry rule). */
export function ElderToggle() {
  const elder = useElderMode()
  const setElderChoice = usePreferences((s) => s.setElderChoice)
  return (
    <View
      className={`elder-toggle${elder ? ' elder-toggle--on' : ''}`}
      role='switch'
      aria-checked={elder}
      aria-label='长辈模式'
      onClick={() => setElderChoice(elder ? 'off' : 'on')}
    >
      <View className='elder-toggle__text'>
        <Text className='elder-toggle__title'>长辈模式</Text>
        <Text className='elder-toggle__hint'>
          {elder ? '大字大按钮，点此关闭' : '字太小？点此开启大字大按钮'}
        </Text>
      </View>
      <Text className='elder-toggle__state'>{elder ? '已开启' : '已关闭'}</Text>
    </View>
  )
}
