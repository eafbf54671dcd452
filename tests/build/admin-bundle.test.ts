/**
 * @jest-environment node
 */
// The 管理后台 loads antd and its shell first and each section when it is opened: the charts of
// 电子监察 and the spreadsheet code of the importer are not downloaded by someone editing a lawyer.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { buildConsole, staticImports, type ConsoleBuild } from '../../admin/build'

const out = mkdtempSync(path.join(tmpdir(), 'qs-admin-build-'))
let built: ConsoleBuild
beforeAll(async () => {
  built = await buildConsole(out)
}, 60_000)
afterAll(() => rmSync(out, { recursive: true, force: true }))

/** The packages whose code a set of output files carries. */
function packagesIn(files: string[]): Set<string> {
  const names = files.flatMap((file) =>
    Object.keys(built.metafile.outputs[file]?.inputs ?? {}).map(
      (input) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1],
    ),
  )
  return new Set(names.filter((name): name is string => name !== undefined))
}

/** The output a console page module is bundled into, with its static imports. */
function sectionFiles(page: string): string[] {
  const [file] =
    Object.entries(built.metafile.outputs).find(
      ([, output]) => output.entryPoint === `admin/src/pages/${page}`,
    ) ?? []
  if (!file) throw new Error(`no chunk for ${page}`)
  return staticImports(built.metafile, file)
}

test('opening the console loads antd and React, not ECharts', () => {
  const first = packagesIn(built.firstLoad)
  expect(first).toContain('antd')
  expect(first).toContain('react-dom')
  expect(first).not.toContain('echarts')
  expect(first).not.toContain('zrender')
})

test('电子监察 brings ECharts when it is opened', () => {
  expect(packagesIn(sectionFiles('supervision/index.tsx'))).toContain('echarts')
  expect(packagesIn(sectionFiles('lawyers.tsx'))).not.toContain('echarts')
})

test('index.html starts the entry and preloads what it imports, by their hashed names', () => {
  const html = readFileSync(path.join(out, 'index.html'), 'utf8')
  const named = (file: string) => `/admin/assets/${path.basename(file)}`
  expect(html).toContain(`<script type="module" src="${named(built.entry)}">`)
  for (const file of built.firstLoad.filter((f) => f !== built.entry))
    expect(html).toContain(`<link rel="modulepreload" href="${named(file)}" />`)
  const firstBytes = built.firstLoad.reduce(
    (n, file) => n + (built.metafile.outputs[file]?.bytes ?? 0),
    0,
  )
  const allBytes = Object.values(built.metafile.outputs).reduce((n, o) => n + o.bytes, 0)
  expect(firstBytes).toBeLessThan(allBytes * 0.75)
})
