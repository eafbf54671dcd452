import { readdirSync, readFileSync } from 'node:fs'
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

test('no pinyin dictionary ships in the mini program: search runs on the server', () => {
  const dist = path.resolve(__dirname, '..', '..', 'dist')
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) =>
    /\.(js|txt)$/.test(f),
  )
  expect(files.length).toBeGreaterThan(5)
  for (const file of files) {
    const text = readFileSync(path.join(dist, file), 'utf8')
    expect({ file, mentionsPinyin: /pinyin-pro/i.test(text) }).toEqual({
      file,
      mentionsPinyin: false,
    })
    // A pinyin dictionary carries thousands of tone-marked syllables.
    expect({
      file,
      toneMarks: (text.match(/[āáǎàōóǒòēéěèīíǐìūúǔùǖǘǚǜ]/g) ?? []).length < 50,
    }).toEqual({ file, toneMarks: true })
  }
})
