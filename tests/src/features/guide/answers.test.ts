// The guide's kept answers are read by hand (the page does not load zod): the same rules as the
// contract's GuideAnswerChoice, and a damaged draft counts as no answers.
import { GuideAnswerChoice } from '../../../../src/services/contract'
import { parseAnswers, withAnswer } from '../../../../src/features/guide/model'

const valid = [
  { question: 'q1', choice: 'c1' },
  { question: 'q2', choice: 'c2' },
]

test('valid answers come back as kept, without keys the contract does not know', () => {
  expect(parseAnswers(JSON.stringify(valid))).toEqual(valid)
  expect(parseAnswers(JSON.stringify([{ ...valid[0], extra: 1 }]))).toEqual([valid[0]])
})

test.each([
  ['not JSON', '[{'],
  ['not a list', '{"question":"q","choice":"c"}'],
  ['an empty question', JSON.stringify([{ question: '', choice: 'c' }])],
  ['a question over 60 characters', JSON.stringify([{ question: 'q'.repeat(61), choice: 'c' }])],
  ['a choice over 80 characters', JSON.stringify([{ question: 'q', choice: 'c'.repeat(81) }])],
  ['a choice that is not text', JSON.stringify([{ question: 'q', choice: 1 }])],
  ['one bad entry among good ones', JSON.stringify([...valid, null])],
])('%s counts as no answers, as the contract would refuse it', (_case, json) => {
  expect(parseAnswers(json)).toEqual([])
  let parsed: unknown = null
  try {
    parsed = JSON.parse(json)
  } catch {
    return
  }
  expect(Array.isArray(parsed) && parsed.every((a) => GuideAnswerChoice.safeParse(a).success)).toBe(
    false,
  )
})

test('a new answer replaces the one to the same question', () => {
  expect(JSON.parse(withAnswer(JSON.stringify(valid), 'q1', 'c9'))).toEqual([
    valid[1],
    { question: 'q1', choice: 'c9' },
  ])
})
