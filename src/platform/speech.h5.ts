import { speechChunks } from '../utils/speech-text'
import type { SpeechEnd } from './speech-end'

/** How long to wait for the browser's voice list, and for a reading to actually start. */
export const VOICE_WAIT_MS = 1500
export const START_WAIT_MS = 4000

/** Errors that mean "this device cannot speak", as opposed to our own 停止 (interrupted/canceled). */
const NO_VOICE_ERRORS = new Set([
  'synthesis-unavailable',
  'synthesis-failed',
  'language-unavailable',
  'voice-unavailable',
  'audio-hardware',
  'not-allowed',
])

let session = 0

const isChinese = (voice: SpeechSynthesisVoice) => /^(zh|cmn|yue)([-_]|$)/i.test(voice.lang)
let watchdog: ReturnType<typeof setTimeout> | undefined

export function canSpeak(): boolean {
  return typeof window !== 'undefined' && 'speechSynthesis' in window
}

/**
 * The voices, once the browser has loaded them (Chrome fills the list asynchronously); `null` when
 * the browser cannot list them, and then the reading is simply tried.
 */
function voices(): Promise<SpeechSynthesisVoice[] | null> {
  const synth = window.speechSynthesis
  if (typeof synth.getVoices !== 'function') return Promise.resolve(null)
  const now = synth.getVoices()
  if (now.length > 0 || typeof synth.addEventListener !== 'function') return Promise.resolve(now)
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer)
      synth.removeEventListener('voiceschanged', done)
      resolve(synth.getVoices())
    }
    const timer = setTimeout(done, VOICE_WAIT_MS)
    synth.addEventListener('voiceschanged', done)
  })
}

/**
 * Reads `text` aloud with the browser's voice; `onEnd` runs once. A browser with the API but no
 * voice (or one that never starts) would otherwise stay silent: that ends as 'no-voice'.
 */
export function startSpeaking(text: string, onEnd: (end: SpeechEnd) => void): void {
  stopSpeaking()
  const mine = ++session
  const end = (how: SpeechEnd) => {
    if (mine !== session) return
    if (how === 'no-voice') stopSpeaking()
    else clearTimeout(watchdog)
    onEnd(how)
  }
  const chunks = speechChunks(text)
  if (chunks.length === 0) return end('finished')
  void voices().then((available) => {
    if (mine !== session) return
    // Only other languages' voices would read Chinese as noise, or not at all.
    if (available !== null && !available.some(isChinese)) return end('no-voice')
    watchdog = setTimeout(() => end('no-voice'), START_WAIT_MS)
    chunks.forEach((chunk, index) => {
      const utterance = new SpeechSynthesisUtterance(chunk)
      utterance.lang = 'zh-CN'
      // Slightly slower than the default: the listeners are mostly older people.
      utterance.rate = 0.9
      utterance.onstart = () => clearTimeout(watchdog)
      // A failed piece ends the reading: the rest would be heard out of context.
      utterance.onerror = (event) => end(NO_VOICE_ERRORS.has(event.error) ? 'no-voice' : 'finished')
      if (index === chunks.length - 1) utterance.onend = () => end('finished')
      window.speechSynthesis.speak(utterance)
    })
  })
}

export function stopSpeaking(): void {
  session++
  clearTimeout(watchdog)
  if (canSpeak()) window.speechSynthesis.cancel()
}
