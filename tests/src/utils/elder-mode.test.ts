import { resolveElderMode } from '../../../src/utils/elder-mode'

test('a manual choice wins; 跟随系统 follows the WeChat font setting', () => {
  expect(resolveElderMode('on', false)).toBe(true)
  expect(resolveElderMode('off', true)).toBe(false)
  expect(resolveElderMode('system', true)).toBe(true)
  expect(resolveElderMode('system', false)).toBe(false)
})
