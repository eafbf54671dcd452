import { SPEECH_CHUNK, speechChunks, speechOf } from '../../../src/utils/speech-text'

describe('speechChunks: pieces the speech engines accept', () => {
  test('short text is one piece, sentences stay whole when they fit', () => {
    expect(speechChunks('企业开办。承诺时限：即办。')).toEqual(['企业开办。承诺时限：即办。'])
    const sentence = '请携带身份证原件。'
    const text = sentence.repeat(40)
    const chunks = speechChunks(text)
    expect(chunks.join('')).toBe(text)
    for (const chunk of chunks) {
      expect(chunk.length).toBeLessThanOrEqual(SPEECH_CHUNK)
      expect(chunk.endsWith('。')).toBe(true)
    }
  })

  test('a sentence longer than a piece is cut, and nothing is lost', () => {
    const long = '甲'.repeat(SPEECH_CHUNK * 2 + 7)
    const chunks = speechChunks(`${long}。结束。`)
    expect(chunks.join('')).toBe(`${long}。结束。`)
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThanOrEqual(SPEECH_CHUNK)
    // 1000 bytes is the WeChat plugin's limit per request.
    expect(Buffer.byteLength(chunks[0] ?? '')).toBeLessThan(1000)
  })

  test('blank text gives nothing to say', () => {
    expect(speechChunks(' \n ')).toEqual([])
  })
})

test('speechOf ends every part with a full stop and drops empty ones', () => {
  expect(speechOf(['预约办理企业开办', '', null, false, '第1步，共4步', '看好了吗？'])).toBe(
    '预约办理企业开办。第1步，共4步。看好了吗？',
  )
})
