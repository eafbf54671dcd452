// `npm run build:admin`: bundles the 管理后台 into dist-admin/ (hashed file names, an index.html naming them).
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'
import { build, type Metafile } from 'esbuild'

const root = path.resolve(__dirname, '..')
const ENTRY = 'admin/src/main.tsx'

export interface ConsoleBuild {
  metafile: Metafile
  /** The entry script, as a metafile output path. */
  entry: string
  /** The entry and every chunk it imports statically: what loads before the first section. */
  firstLoad: string[]
}

/** Bundles the console into `out`: one chunk per section (React.lazy in console-app.tsx) plus what they share. */
export async function buildConsole(out: string): Promise<ConsoleBuild> {
  rmSync(out, { recursive: true, force: true })
  const { metafile } = await build({
    absWorkingDir: root,
    entryPoints: [ENTRY],
    bundle: true,
    splitting: true,
    minify: true,
    format: 'esm',
    target: 'es2020',
    jsx: 'automatic',
    outdir: path.join(out, 'assets'),
    entryNames: '[name]-[hash]',
    chunkNames: 'chunk-[hash]',
    metafile: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'none',
    logLevel: 'warning',
  })
  const entry = Object.entries(metafile.outputs).find(([, o]) => o.entryPoint === ENTRY)?.[0]
  if (!entry) throw new Error('esbuild wrote no entry script')
  const built = { metafile, entry, firstLoad: staticImports(metafile, entry) }
  writeFileSync(path.join(out, 'index.html'), indexHtml(built))
  return built
}

/** `file` and every chunk it imports statically, transitively. */
export function staticImports(
  metafile: Metafile,
  file: string,
  seen = new Set<string>(),
): string[] {
  if (seen.has(file)) return [...seen]
  seen.add(file)
  for (const imported of metafile.outputs[file]?.imports ?? [])
    if (imported.kind === 'import-statement') staticImports(metafile, imported.path, seen)
  return [...seen]
}

function indexHtml({ entry, firstLoad }: ConsoleBuild): string {
  const url = (file: string) => `/admin/assets/${path.basename(file)}`
  // The chunks the entry imports are fetched alongside it, not after it has been read.
  const preloads = firstLoad
    .filter((file) => file !== entry)
    .map((file) => `\n    <link rel="modulepreload" href="${url(file)}" />`)
    .join('')
  return `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>青山区智慧政务服务管理后台</title>
    <script type="module" src="${url(entry)}"></script>${preloads}
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>
`
}

const brotliAtMost = promisify(brotliCompress)
const gzipAtMost = promisify(gzip)

/**
 * Each script, style and page of `dir` compressed once at the highest levels, next to it
 * (`x.js.br`, `x.js.gz`): the server sends those as they are (mock/modules/admin/static.ts).
 */
async function compressBeside(dir: string): Promise<void> {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(js|css|html)$/.test(file))
    .map((file) => path.join(dir, file))
  await Promise.all(
    files.map(async (file) => {
      const text = readFileSync(file)
      if (text.length < 1024) return
      const [br, gz] = await Promise.all([
        brotliAtMost(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        gzipAtMost(text, { level: 9 }),
      ])
      writeFileSync(`${file}.br`, br)
      writeFileSync(`${file}.gz`, gz)
    }),
  )
}

async function main() {
  const out = path.join(root, 'dist-admin')
  const { metafile, firstLoad } = await buildConsole(out)
  await compressBeside(out)
  const bytes = (files: string[]) => files.reduce((n, file) => n + metafile.outputs[file]!.bytes, 0)
  const kb = (n: number) => `${Math.round(n / 1024)} KB`
  console.log(
    `管理后台已构建：dist-admin/（共 ${kb(bytes(Object.keys(metafile.outputs)))}，打开时加载 ${kb(bytes(firstLoad))}）`,
  )
}

if (path.resolve(process.argv[1] ?? '') === __filename)
  main().catch((error: unknown) => {
    console.error(error)
    process.exit(1)
  })
