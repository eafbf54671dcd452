// Weapp package sizes next to a bare Taro 4 React app built in the same run with the same
// config. Budget: main package ≤ 600 KB.
import { createRequire } from 'node:module'
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { KB, measureWeapp } from './package-sizes'

const ROOT = path.resolve(__dirname, '..', '..')
const BARE = path.join(ROOT, '.bench', 'bare-app')
const MAIN_BUDGET = 600 * KB
const taro = createRequire(__filename).resolve('@tarojs/cli/bin/taro')

function build(cwd: string): void {
  const result = spawnSync(
    process.execPath,
    [taro, 'build', '--type', 'weapp', '--mode', 'weapp'],
    {
      cwd,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  )
  if (result.status !== 0) throw new Error(`weapp build failed in ${cwd}`)
}

function prepareBareApp(): void {
  rmSync(BARE, { recursive: true, force: true })
  mkdirSync(BARE, { recursive: true })
  for (const file of [
    'config',
    'babel.config.js',
    'tsconfig.json',
    'project.config.json',
    'package.json',
    '.env',
    '.env.weapp',
  ]) {
    cpSync(path.join(ROOT, file), path.join(BARE, file), { recursive: true })
  }
  cpSync(path.join(__dirname, 'bare-app', 'src'), path.join(BARE, 'src'), { recursive: true })
}

const kb = (bytes: number) => (bytes / KB).toFixed(1)

/** Returns false when the main package is over budget. */
export function runSizeBench(): boolean {
  build(ROOT)
  prepareBareApp()
  build(BARE)
  const app = measureWeapp(path.join(ROOT, 'dist'))
  const bare = measureWeapp(path.join(BARE, 'dist'))
  const rows = [
    ['main package', kb(app.main), kb(bare.main), (app.main / bare.main).toFixed(2)],
    ...Object.entries(app.subpackages).map(([root, bytes]) => [
      `subpackage ${root}`,
      kb(bytes),
      '—',
      '—',
    ]),
  ]
  console.log('weapp package sizes (KB), bare Taro 4 React app built in the same run as baseline')
  console.log(['package', 'KB', 'bare KB', 'ratio'].join('\t'))
  for (const row of rows) console.log(row.join('\t'))
  const report = { app, bare, ratio: app.main / bare.main, budgetBytes: MAIN_BUDGET }
  mkdirSync(path.join(ROOT, 'tests', 'artifacts'), { recursive: true })
  writeFileSync(
    path.join(ROOT, 'tests', 'artifacts', 'bench-sizes.json'),
    JSON.stringify(report, null, 2),
  )
  if (app.main > MAIN_BUDGET) {
    console.error(`main package ${kb(app.main)} KB is over the ${kb(MAIN_BUDGET)} KB budget`)
    return false
  }
  return true
}
