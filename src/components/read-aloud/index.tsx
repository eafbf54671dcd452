import { useEffect, useState } from 'react'
import { useDidHide } from '@tarojs/taro'
import { GovButton } from '../gov-button'
import { canSpeak, startSpeaking, stopSpeaking } from '../../platform/speech'

/**
 * 朗读: reads `text` aloud and turns into 停止朗读 while it does. Reading stops when the text
 * changes (the next step), and when the page is left or hidden. Absent where nothing can speak.
 */
export function ReadAloud({ text }: { text: string }) {
  const [reading, setReading] = useState(false)
  useEffect(
    () => () => {
      stopSpeaking()
      setReading(false)
    },
    [text],
  )
  useDidHide(() => {
    stopSpeaking()
    setReading(false)
  })
  if (!canSpeak()) return null
  const toggle = () => {
    if (reading) {
      stopSpeaking()
      setReading(false)
      return
    }
    setReading(true)
    startSpeaking(text, () => setReading(false))
  }
  return (
    <GovButton variant='secondary' icon={reading ? 'stop' : 'speaker'} onClick={toggle}>
      {reading ? '停止朗读' : '朗读'}
    </GovButton>
  )
}
