import * as z from 'zod/mini'
import type { EndpointDef } from '../../../src/services/contract'
import { keptAnswer, isKeptAnswer } from '../../../mock/http/kept-answer'
import { answerText, responseJson } from '../../../mock/http/validation'

/** `responseJson` as the server runs it: outside jest, where zod does not re-check each answer. */
function serverResponseJson(): typeof responseJson {
  const nodeEnv = process.env.NODE_ENV
  process.env.NODE_ENV = 'production'
  try {
    let loaded: typeof responseJson | undefined
    jest.isolateModules(() => {
      loaded = (
        jest.requireActual('../../../mock/http/validation') as { responseJson: typeof responseJson }
      ).responseJson
    })
    if (!loaded) throw new Error('validation module not loaded')
    return loaded
  } finally {
    process.env.NODE_ENV = nodeEnv
  }
}

const def = {
  summary: 'test',
  auth: false,
  response: z.object({ items: z.array(z.object({ name: z.string() })) }),
} as unknown as EndpointDef

/** An answer whose item name counts how often it is read: each encoding reads it once. */
function countingAnswer() {
  let reads = 0
  const item = {}
  Object.defineProperty(item, 'name', { enumerable: true, get: () => ((reads += 1), '社保卡') })
  return { answer: { items: [item], secret: 'x' }, reads: () => reads }
}

describe('kept answers', () => {
  test('are frozen through, nested values included', () => {
    const answer = keptAnswer({ items: [{ name: '社保卡', tags: ['补办'] }] })
    expect(isKeptAnswer(answer)).toBe(true)
    expect(Object.isFrozen(answer.items)).toBe(true)
    expect(Object.isFrozen(answer.items[0])).toBe(true)
    expect(Object.isFrozen(answer.items[0]?.tags)).toBe(true)
    expect(() => {
      ;(answer.items as { name: string }[]).push({ name: '改动' })
    }).toThrow(TypeError)
  })

  test('a kept answer is encoded once and sent the same every time', () => {
    const toJson = serverResponseJson()(def)
    const { answer, reads } = countingAnswer()
    const kept = keptAnswer(answer)
    const first = toJson(kept)
    const readsAfterFirst = reads()
    expect(toJson(kept)).toBe(first)
    expect(reads()).toBe(readsAfterFirst)
    expect(JSON.parse(answerText(first))).toEqual({ data: { items: [{ name: '社保卡' }] } })
  })

  test('an answer not kept is encoded every time', () => {
    const toJson = serverResponseJson()(def)
    const { answer, reads } = countingAnswer()
    toJson(answer)
    const readsAfterFirst = reads()
    toJson(answer)
    expect(reads()).toBeGreaterThan(readsAfterFirst)
  })

  test('one kept answer sent by two endpoints is projected by each contract', () => {
    const names = responseJson(def)
    const counts = responseJson({
      ...def,
      response: z.object({ items: z.array(z.object({})) }),
    } as unknown as EndpointDef)
    const kept = keptAnswer({ items: [{ name: '社保卡' }] })
    expect(JSON.parse(answerText(names(kept)))).toEqual({ data: { items: [{ name: '社保卡' }] } })
    expect(JSON.parse(answerText(counts(kept)))).toEqual({ data: { items: [{}] } })
  })
})
