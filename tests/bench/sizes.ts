// Weapp package sizes next to a bare Taro 4 React app built in the same run with the same
// config (issue 19): main ≤ 1.6× bare, every subpackage ≤ 150 KB.
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { BUDGET, buildBareApp, buildWeapp, KB, measureWeapp } from './package-sizes'

const ROOT = path.resolve(__dirname, '..', '..')
const kb = (bytes: number) => (bytes / KB).toFixed(1)

/** Returns false when the main package is over its goal or a subpackage is over 150 KB. */
export function runSizeBench(): boolean {
  buildWeapp(ROOT)
  const app = measureWeapp(path.join(ROOT, 'dist'))
  const bare = measureWeapp(buildBareApp({ reuse: false }))
  const ratio = app.main / bare.main
  const overSubpackages = Object.entries(app.subpackages).filter(
    ([, bytes]) => bytes > BUDGET.subpackageBytes,
  )
  console.log('weapp package sizes (KB), bare Taro 4 React app built in the same run as baseline')
  console.log(['package', 'KB', 'bare KB', 'ratio', 'target'].join('\t'))
  console.log(
    ['main package', kb(app.main), kb(bare.main), ratio.toFixed(2), `≤ ${BUDGET.mainRatio}`].join(
      '\t',
    ),
  )
  console.log(
    [
      'vendors.js',
      kb(app.vendors),
      kb(bare.vendors),
      (app.vendors / bare.vendors).toFixed(2),
      '—',
    ].join('\t'),
  )
  for (const [root, bytes] of Object.entries(app.subpackages).sort((a, b) => b[1] - a[1])) {
    console.log(
      [`subpackage ${root}`, kb(bytes), '—', '—', `≤ ${kb(BUDGET.subpackageBytes)}`].join('\t'),
    )
  }
  mkdirSync(path.join(ROOT, 'tests', 'artifacts'), { recursive: true })
  writeFileSync(
    path.join(ROOT, 'tests', 'artifacts', 'bench-sizes.json'),
    JSON.stringify({ app, bare, ratio, budget: BUDGET }, null, 2),
  )
  if (ratio > BUDGET.mainRatio)
    console.error(`main package grew: ${ratio.toFixed(2)}× the bare app, over ${BUDGET.mainRatio}×`)
  for (const [root] of overSubpackages)
    console.error(`subpackage ${root} is over ${kb(BUDGET.subpackageBytes)} KB`)
  return ratio <= BUDGET.mainRatio && overSubpackages.length === 0
}
