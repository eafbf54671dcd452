import { hasField } from './result'
import { MIC_FAILED, NOTHING_HEARD, type Heard } from './listen-end'

/** The recogniser of WeChat's 同声传译 (WechatSI) plugin: only there when app.json declares it. */
interface RecordRecognition {
  start(options: { duration: number; lang: 'zh_CN' }): void
  stop(): void
  onStop: (result: { result?: string }) => void
  onError: (error: { msg?: string }) => void
}
declare const requirePlugin: ((name: string) => unknown) | undefined

function recogniser(): RecordRecognition | null {
  if (process.env.TARO_APP_WECHAT_SI !== 'on' || typeof requirePlugin !== 'function') return null
  try {
    const plugin = requirePlugin('WechatSI')
    if (!hasField(plugin, 'getRecordRecognitionManager')) return null
    const make = plugin.getRecordRecognitionManager
    return typeof make === 'function' ? (make() as RecordRecognition) : null
  } catch {
    return null
  }
}

export function canListen(): boolean {
  return process.env.TARO_APP_WECHAT_SI === 'on' && typeof requirePlugin === 'function'
}

/** Up to a minute of speech; WeChat asks for the microphone the first time. */
const LISTEN_MS = 60_000

/** Listens until `stop()` (or the time is up) and hands over what was said, once. */
export function startListening(onHeard: (heard: Heard) => void): () => void {
  const manager = recogniser()
  if (!manager) {
    onHeard({ ok: false, message: MIC_FAILED })
    return () => undefined
  }
  let done = false
  const finish = (heard: Heard) => {
    if (done) return
    done = true
    onHeard(heard)
  }
  manager.onStop = ({ result }) => {
    const text = result?.trim() ?? ''
    finish(text ? { ok: true, text } : { ok: false, message: NOTHING_HEARD })
  }
  manager.onError = () => finish({ ok: false, message: MIC_FAILED })
  manager.start({ duration: LISTEN_MS, lang: 'zh_CN' })
  return () => manager.stop()
}
