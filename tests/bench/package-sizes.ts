import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

export interface PackageSizes {
  /** Bytes of everything outside the subpackage roots (what WeChat downloads first). */
  main: number
  /** vendors.js alone: the npm code of the main package. */
  vendors: number
  subpackages: Record<string, number>
}

export const KB = 1024
export const MB = 1024 * 1024

/** The weapp goals of issue 19. */
export const BUDGET = {
  /**
   * Main package against a bare Taro app built with the same config: issue 19's goal, met at
   * 1.58× when zod and the schemas moved to the async packages/contract (2.05× before issue 19's
   * work, 1.87× before axios moved to the async packages/transport, 1.74× before the contract).
   */
  mainRatio: 1.6,
  subpackageBytes: 150 * KB,
  /** WeChat's own cap on what one page may preload. */
  preloadBytes: 2 * MB,
  /** What a page may preload on any network (more waits for Wi-Fi). */
  preloadAllNetworksBytes: 1 * MB,
} as const

const ROOT = path.resolve(__dirname, '..', '..')
const BARE = path.join(ROOT, '.bench', 'bare-app')
const BARE_SOURCE = path.join(__dirname, 'bare-app', 'src')
// What the bare app shares with the real one: the same build config, compiler and dependencies.
const SHARED_FILES = [
  'config',
  'babel.config.js',
  'tsconfig.json',
  'project.config.json',
  'package.json',
  '.env',
  '.env.weapp',
]

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) yield* files(full)
    else yield full
  }
}

/** Splits a weapp build into its main package and subpackages, as WeChat DevTools does on upload. */
export function measureWeapp(distDir: string): PackageSizes {
  const app = JSON.parse(readFileSync(path.join(distDir, 'app.json'), 'utf8')) as {
    subPackages?: { root: string }[]
  }
  const roots = (app.subPackages ?? []).map((s) => s.root.replace(/\/$/, ''))
  const sizes: PackageSizes = {
    main: 0,
    vendors: 0,
    subpackages: Object.fromEntries(roots.map((r) => [r, 0])),
  }
  for (const file of files(distDir)) {
    const rel = path.relative(distDir, file).split(path.sep).join('/')
    if (rel === 'project.config.json') continue
    const bytes = statSync(file).size
    if (rel === 'vendors.js') sizes.vendors = bytes
    const root = roots.find((r) => rel.startsWith(`${r}/`))
    if (root === undefined) sizes.main += bytes
    else sizes.subpackages[root] = (sizes.subpackages[root] ?? 0) + bytes
  }
  return sizes
}

export function buildWeapp(cwd: string): void {
  const taro = createRequire(__filename).resolve('@tarojs/cli/bin/taro')
  // Jest runs with NODE_ENV=test, which would give the test babel config and no minifying.
  const env = { ...process.env }
  for (const name of Object.keys(env))
    if (/^(NODE_ENV|BABEL_ENV|JEST_.*)$/.test(name)) delete env[name]
  const result = spawnSync(
    process.execPath,
    [taro, 'build', '--type', 'weapp', '--mode', 'weapp'],
    {
      cwd,
      env,
      // Webpack's progress bar goes to stderr: shown only when the build fails.
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
      // Webpack's cache warnings can pass spawnSync's 1 MB default, which kills the build.
      maxBuffer: 64 * 1024 * 1024,
    },
  )
  if (result.status !== 0)
    throw new Error(
      `weapp build failed in ${cwd}: ${result.error?.message ?? ''}\n${result.stderr.slice(-20_000)}`,
    )
}

/** A digest of everything the bare build depends on: same digest, same bytes. */
function bareInputsDigest(): string {
  const hash = createHash('sha256')
  const taroVersion = createRequire(__filename)('@tarojs/cli/package.json') as { version: string }
  hash.update(taroVersion.version)
  for (const entry of [...SHARED_FILES.map((f) => path.join(ROOT, f)), BARE_SOURCE]) {
    if (!existsSync(entry)) continue
    const list = statSync(entry).isDirectory() ? [...files(entry)].sort() : [entry]
    for (const file of list) hash.update(path.relative(ROOT, file)).update(readFileSync(file))
  }
  return hash.digest('hex')
}

/**
 * Builds Taro's default React app (tests/bench/bare-app) with this project's config and returns
 * its dist. `reuse` skips the build when the last one had the same inputs (the budget test in
 * `npm test`); the bench always builds afresh.
 */
export function buildBareApp({ reuse }: { reuse: boolean }): string {
  const dist = path.join(BARE, 'dist')
  const stamp = path.join(BARE, 'inputs.sha256')
  const digest = bareInputsDigest()
  if (reuse && existsSync(stamp) && readFileSync(stamp, 'utf8') === digest && existsSync(dist))
    return dist
  rmSync(BARE, { recursive: true, force: true })
  mkdirSync(BARE, { recursive: true })
  for (const file of SHARED_FILES) {
    const from = path.join(ROOT, file)
    if (existsSync(from)) cpSync(from, path.join(BARE, file), { recursive: true })
  }
  cpSync(BARE_SOURCE, path.join(BARE, 'src'), { recursive: true })
  buildWeapp(BARE)
  writeFileSync(stamp, digest)
  return dist
}

export interface PreloadRule {
  network?: 'all' | 'wifi'
  packages: string[]
}

export function readPreloadRules(distDir: string): Record<string, PreloadRule> {
  const app = JSON.parse(readFileSync(path.join(distDir, 'app.json'), 'utf8')) as {
    preloadRule?: Record<string, PreloadRule>
  }
  return app.preloadRule ?? {}
}
