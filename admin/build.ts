// `npm run build:admin`: bundles the 管理后台 into dist-admin/ (hashed file names, an index.html naming them).
import { rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { build } from 'esbuild'

const root = path.resolve(__dirname, '..')
const out = path.join(root, 'dist-admin')

async function main() {
  rmSync(out, { recursive: true, force: true })
  const result = await build({
    entryPoints: [path.join(__dirname, 'src', 'main.tsx')],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2020',
    jsx: 'automatic',
    outdir: path.join(out, 'assets'),
    entryNames: '[name]-[hash]',
    metafile: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'none',
    logLevel: 'warning',
  })
  const script = Object.keys(result.metafile.outputs).find((file) => file.endsWith('.js'))
  if (!script) throw new Error('esbuild wrote no script')
  const src = `/admin/assets/${path.basename(script)}`
  writeFileSync(
    path.join(out, 'index.html'),
    `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>青山区智慧政务服务管理后台</title>
    <script type="module" src="${src}"></script>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>
`,
  )
  const bytes = Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0)
  console.log(`管理后台已构建：dist-admin/（${Math.round(bytes / 1024)} KB）`)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
