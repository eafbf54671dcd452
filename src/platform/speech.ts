import Taro from '@tarojs/taro'
import { speechChunks } from '../utils/speech-text'
import { hasField } from './result'
import type { SpeechEnd } from './speech-end'

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

/**
 * Synthesises each piece with the plugin and plays them in turn; `onEnd` runs once. A plugin that
 * cannot synthesise or play ends as 'no-voice', so the page can say so instead of going quiet.
 */
export function startSpeaking(text: string, onEnd: (end: SpeechEnd) => void): void {
  stopSpeaking()
  const plugin = speechPlugin()
  const mine = ++session
  const chunks = speechChunks(text)
  const end = (how: SpeechEnd) => mine === session && onEnd(how)
  const finish = () => end('finished')
  const noVoice = () => end('no-voice')
  const play = (index: number) => {
    const content = chunks[index]
    if (mine !== session) return
    if (!plugin) return noVoice()
    if (content === undefined) return finish()
    plugin.textToSpeech({
      lang: 'zh_CN',
      tts: true,
      content,
      success: ({ filename }) => {
        if (mine !== session) return
        if (!filename) return noVoice()
        audio = Taro.createInnerAudioContext()
        audio.src = filename
        audio.onEnded(() => play(index + 1))
        audio.onError(noVoice)
        audio.play()
      },
      fail: noVoice,
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
