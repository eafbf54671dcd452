// `npm run server` / `npm start` / `npm run build:server`: the server runs as JavaScript compiled
// ahead of time (esbuild, into dist-server/) instead of compiling TypeScript at every start; it is
// rebuilt here only when a file it was built from has changed since.
// Usage: node scripts/server.js [main|start|build]
const {
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} = require('node:fs')
const path = require('node:path')

const ROOT = path.resolve(__dirname, '..')
const OUT = path.join(ROOT, 'dist-server')
const ENTRIES = ['main', 'start']
const INPUTS = path.join(OUT, 'inputs.json')
const EXTERNAL = ['better-sqlite3', 'pg', '@node-rs/jieba', 'pinyin-pro', 'piscina', 'esbuild']

const mtimeOf = (file) => {
  try {
    return statSync(path.join(ROOT, file)).mtimeMs
  } catch {
    return null // moved or deleted
  }
}

/** True when dist-server/ is missing or any file it was built from (or this script) has changed. */
function stale() {
  if (!existsSync(INPUTS)) return true
  const inputs = JSON.parse(readFileSync(INPUTS, 'utf8'))
  return Object.entries(inputs).some(([file, mtime]) => mtimeOf(file) !== mtime)
}

/**
 * A bundle has one `__dirname`; each module that reads files next to its source (migrations,
 * media clips, the photo worker) gets its own, pointing at that source folder.
 */
const sourceDirname = {
  name: 'source-dirname',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8')
      if (!/\b__dirname\b/.test(text)) return undefined
      const folder = path.relative(OUT, path.dirname(args.path)).split(path.sep).join('/')
      const own = `const __dirname = require('node:path').join(require('node:path').dirname(__filename), ${JSON.stringify(folder)});\n`
      return { contents: own + text, loader: 'ts' }
    })
  },
}

/** Writes next to the target and renames, so a server starting meanwhile never reads half a file. */
function writeAtomically(file, contents) {
  const temporary = `${file}.${process.pid}.tmp`
  writeFileSync(temporary, contents)
  renameSync(temporary, file)
}

async function build() {
  const esbuild = require('esbuild')
  const result = await esbuild.build({
    entryPoints: ENTRIES.map((entry) => path.join(ROOT, 'mock', `${entry}.ts`)),
    outdir: OUT,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    // Native addons, optional native drivers and large data load from node_modules as they are.
    external: EXTERNAL,
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'warning',
    write: false,
    plugins: [sourceDirname],
  })
  mkdirSync(OUT, { recursive: true })
  for (const file of result.outputFiles) writeAtomically(file.path, file.contents)
  const sources = Object.keys(result.metafile.inputs).filter(
    (file) => !file.includes('node_modules/'),
  )
  const files = [...sources, 'package.json', path.relative(ROOT, __filename)]
  writeAtomically(INPUTS, JSON.stringify(Object.fromEntries(files.map((f) => [f, mtimeOf(f)]))))
}

async function ensureBuilt() {
  if (!stale()) return
  console.log('正在编译服务端（dist-server/）…')
  await build()
}

async function run(command) {
  if (command === 'build') return build()
  if (!ENTRIES.includes(command)) throw new Error(`用法：node scripts/server.js [main|start|build]`)
  await ensureBuilt()
  require(path.join(OUT, `${command}.js`))
}

run(process.argv[2] ?? 'main').catch((error) => {
  console.error('服务端编译失败', error)
  process.exit(1)
})
