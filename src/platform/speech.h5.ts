import { speechChunks } from '../utils/speech-text'

let session = 0

export function canSpeak(): boolean {
  return typeof window !== 'undefined' && 'speechSynthesis' in window
}

/** Reads `text` aloud with the browser's voice; `onEnd` runs once, when it finishes or fails. */
export function startSpeaking(text: string, onEnd: () => void): void {
  stopSpeaking()
  const mine = ++session
  const chunks = speechChunks(text)
  const finish = () => mine === session && onEnd()
  // A failed piece ends the reading: the rest would be heard out of context.
  const fail = () => {
    if (mine !== session) return
    stopSpeaking()
    onEnd()
  }
  chunks.forEach((chunk, index) => {
    const utterance = new SpeechSynthesisUtterance(chunk)
    utterance.lang = 'zh-CN'
    // Slightly slower than the default: the listeners are mostly older people.
    utterance.rate = 0.9
    utterance.onerror = fail
    if (index === chunks.length - 1) utterance.onend = finish
    window.speechSynthesis.speak(utterance)
  })
  if (chunks.length === 0) finish()
}

export function stopSpeaking(): void {
  session++
  if (canSpeak()) window.speechSynthesis.cancel()
}
