/**
 * WeChat's 同声传译 plugin takes at most 1000 bytes per request (about 330 汉字), and Chrome stops
 * long utterances after ~15 s: speak in pieces that end at a sentence boundary where possible.
 */
export const SPEECH_CHUNK = 120

export function speechChunks(text: string, max = SPEECH_CHUNK): string[] {
  const sentences = text
    .replace(/\s+/g, ' ')
    .split(/(?<=[。！？；\n])/)
    .map((s) => s.trim())
    .filter(Boolean)
  const chunks: string[] = []
  let current = ''
  for (const sentence of sentences) {
    for (let start = 0; start < sentence.length; start += max) {
      const piece = sentence.slice(start, start + max)
      if (current.length + piece.length > max) {
        chunks.push(current)
        current = ''
      }
      current += piece
    }
  }
  if (current) chunks.push(current)
  return chunks
}

/** Joins labelled parts into sentences a speech engine pauses at; empty parts are skipped. */
export function speechOf(parts: readonly (string | null | undefined | false)[]): string {
  return parts
    .filter((p): p is string => typeof p === 'string' && p.trim() !== '')
    .map((p) => (/[。！？；]$/.test(p.trim()) ? p.trim() : `${p.trim()}。`))
    .join('')
}

/** A code read one character at a time (“A 3 F 9”), so it can be written down or typed as heard. */
export function spelledOut(code: string): string {
  return code.replace(/\s+/g, '').split('').join(' ')
}
