import Taro from '@tarojs/taro'
import { speechChunks } from '../utils/speech-text'
import { hasField } from './result'

/** WeChat's 同声传译 (WechatSI) plugin: only there when app.json declares it (see README). */
interface SpeechPlugin {
  textToSpeech(options: {
    lang: 'zh_CN'
    tts: true
    content: string
    success: (result: { filename?: string }) => void
    fail: () => void
  }): void
}
declare const requirePlugin: ((name: string) => unknown) | undefined

function speechPlugin(): SpeechPlugin | null {
  if (process.env.TARO_APP_WECHAT_SI !== 'on' || typeof requirePlugin !== 'function') return null
  try {
    const plugin = requirePlugin('WechatSI')
    return hasField(plugin, 'textToSpeech') ? (plugin as unknown as SpeechPlugin) : null
  } catch {
    return null
  }
}

let session = 0
let audio: Taro.InnerAudioContext | null = null

export function canSpeak(): boolean {
  return speechPlugin() !== null
}

/** Synthesises each piece with the plugin and plays them in turn; `onEnd` runs once. */
export function startSpeaking(text: string, onEnd: () => void): void {
  stopSpeaking()
  const plugin = speechPlugin()
  const mine = ++session
  const chunks = speechChunks(text)
  const finish = () => mine === session && onEnd()
  const play = (index: number) => {
    const content = chunks[index]
    if (mine !== session) return
    if (!plugin || content === undefined) return finish()
    plugin.textToSpeech({
      lang: 'zh_CN',
      tts: true,
      content,
      success: ({ filename }) => {
        if (mine !== session) return
        if (!filename) return finish()
        audio = Taro.createInnerAudioContext()
        audio.src = filename
        audio.onEnded(() => play(index + 1))
        audio.onError(finish)
        audio.play()
      },
      fail: finish,
    })
  }
  play(0)
}

export function stopSpeaking(): void {
  session++
  audio?.stop()
  audio?.destroy()
  audio = null
}
