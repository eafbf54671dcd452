import { useEffect, useRef, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { GovButton } from '../../../components/gov-button'
import { canListen, startListening } from '../../../platform/listen'

/** 说话: speech to text where the platform has it (absent where not); 说完了 stops listening. */
export function VoiceButton({ onHeard }: { onHeard: (text: string) => void }) {
  const [listening, setListening] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const stop = useRef<(() => void) | null>(null)
  useEffect(() => () => stop.current?.(), [])
  if (!canListen()) return null
  const toggle = () => {
    if (listening) {
      stop.current?.()
      return
    }
    setProblem(null)
    setListening(true)
    stop.current = startListening((heard) => {
      stop.current = null
      setListening(false)
      if (heard.ok) onHeard(heard.text)
      else setProblem(heard.message)
    })
  }
  return (
    <View className='guide-voice'>
      <GovButton variant='secondary' icon={listening ? 'stop' : 'mic'} block onClick={toggle}>
        {listening ? '说完了' : '按一下，用说的'}
      </GovButton>
      {listening && (
        <View role='status'>
          <Text className='gov-text-secondary'>正在听，请说您要办什么…</Text>
        </View>
      )}
      {problem && (
        <View role='alert'>
          <Text className='gov-text-danger'>{problem}</Text>
        </View>
      )}
    </View>
  )
}
