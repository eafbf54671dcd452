import { boundedMemo } from '../../mock/modules/bounded-memo'

test('a key is computed once, until the memo fills and starts over', () => {
  let computed = 0
  const memo = boundedMemo<string>(2)
  const upper = (key: string) => memo(key, () => (computed++, key.toUpperCase()))
  expect([upper('a'), upper('a'), upper('b'), upper('a')]).toEqual(['A', 'A', 'B', 'A'])
  expect(computed).toBe(2)
  expect(upper('c')).toBe('C') // full: emptied, then c kept
  expect(upper('a')).toBe('A')
  expect(computed).toBe(4)
})

test('a value that is falsy is kept too', () => {
  let computed = 0
  const memo = boundedMemo<string>(10)
  memo('empty', () => (computed++, ''))
  expect(memo('empty', () => (computed++, 'other'))).toBe('')
  expect(computed).toBe(1)
})
