import path from 'node:path'
import { measureWeapp, MB } from '../bench/package-sizes'

// Hard limits that fail `npm test` (WeChat's own limit is 2 MB per package); the tighter
// 600 KB budget is tracked by `npm run bench` against a bare Taro app.
const MAIN_LIMIT = 1 * MB
const SUBPACKAGE_LIMIT = 1.5 * MB

const sizes = measureWeapp(path.resolve(__dirname, '..', '..', 'dist'))

test('the weapp main package stays under 1 MB', () => {
  expect(sizes.main).toBeGreaterThan(0)
  expect(sizes.main).toBeLessThan(MAIN_LIMIT)
})

test.each(Object.entries(sizes.subpackages))('subpackage %s stays under 1.5 MB', (_root, bytes) => {
  expect(bytes).toBeGreaterThan(0)
  expect(bytes).toBeLessThan(SUBPACKAGE_LIMIT)
})
