import { useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { useDidHide } from '@tarojs/taro'
import { GovButton } from '../gov-button'
import { useElderMode } from '../../hooks/use-elder-mode'
import { canSpeak, startSpeaking, stopSpeaking } from '../../platform/speech'
import { NO_VOICE_TEXT } from '../../platform/speech-end'
import './index.scss'

type Reading = 'idle' | 'reading' | 'no-voice'

/**
 * 朗读: reads `text` aloud and turns into 停止朗读 while it does. Reading stops when the text
 * changes (the next step), and when the page is left or hidden. Where the device has no voice it
 * says so (always in 长辈模式, where people rely on it; elsewhere the button is simply absent).
 */
export function ReadAloud({ text }: { text: string }) {
  const elder = useElderMode()
  const [reading, setReading] = useState<Reading>('idle')
  const stop = () => {
    stopSpeaking()
    setReading((r) => (r === 'reading' ? 'idle' : r))
  }
  useEffect(() => stop, [text])
  useDidHide(stop)
  const speakable = canSpeak()
  if (!speakable && !elder) return null
  const toggle = () => {
    if (reading === 'reading') return stop()
    setReading('reading')
    startSpeaking(text, (end) => setReading(end === 'no-voice' ? 'no-voice' : 'idle'))
  }
  return (
    <View className='read-aloud'>
      {speakable && (
        <GovButton
          variant='secondary'
          icon={reading === 'reading' ? 'stop' : 'speaker'}
          onClick={toggle}
        >
          {reading === 'reading' ? '停止朗读' : '朗读'}
        </GovButton>
      )}
      {(!speakable || reading === 'no-voice') && (
        <View role='status'>
          <Text className='read-aloud__no-voice'>{NO_VOICE_TEXT}</Text>
        </View>
      )}
    </View>
  )
}
