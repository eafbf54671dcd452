import { MIC_FAILED, NOTHING_HEARD, type Heard } from './listen-end'

/** The part of the Web Speech API used here (Chrome still names it webkitSpeechRecognition). */
interface Recognition {
  lang: string
  interimResults: boolean
  maxAlternatives: number
  onresult: ((event: { results: ArrayLike<ArrayLike<{ transcript: string }>> }) => void) | null
  onerror: ((event: { error: string }) => void) | null
  onend: (() => void) | null
  start(): void
  stop(): void
}
type RecognitionClass = new () => Recognition

function recognitionClass(): RecognitionClass | null {
  if (typeof window === 'undefined') return null
  const scope = window as unknown as Record<string, RecognitionClass | undefined>
  return scope.SpeechRecognition ?? scope.webkitSpeechRecognition ?? null
}

export function canListen(): boolean {
  return recognitionClass() !== null
}

/** Listens for one sentence in Mandarin and hands over what was said, once. */
export function startListening(onHeard: (heard: Heard) => void): () => void {
  const Recognition = recognitionClass()
  if (!Recognition) {
    onHeard({ ok: false, message: MIC_FAILED })
    return () => undefined
  }
  const recognition = new Recognition()
  recognition.lang = 'zh-CN'
  recognition.interimResults = false
  recognition.maxAlternatives = 1
  let said = ''
  let failed = false
  recognition.onresult = (event) => {
    said = Array.from(event.results, (result) => result[0]?.transcript ?? '').join('')
  }
  recognition.onerror = (event) => {
    failed = event.error !== 'no-speech' && event.error !== 'aborted'
  }
  recognition.onend = () => {
    const text = said.trim()
    if (text) onHeard({ ok: true, text })
    else onHeard({ ok: false, message: failed ? MIC_FAILED : NOTHING_HEARD })
  }
  try {
    recognition.start()
  } catch {
    onHeard({ ok: false, message: MIC_FAILED })
  }
  return () => recognition.stop()
}
