import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

export interface PackageSizes {
  /** Bytes of everything outside the subpackage roots (what WeChat downloads first). */
  main: number
  subpackages: Record<string, number>
}

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
  const sizes: PackageSizes = { main: 0, subpackages: Object.fromEntries(roots.map((r) => [r, 0])) }
  for (const file of files(distDir)) {
    const rel = path.relative(distDir, file).split(path.sep).join('/')
    if (rel === 'project.config.json') continue
    const bytes = statSync(file).size
    const root = roots.find((r) => rel.startsWith(`${r}/`))
    if (root === undefined) sizes.main += bytes
    else sizes.subpackages[root] = (sizes.subpackages[root] ?? 0) + bytes
  }
  return sizes
}

export const KB = 1024
export const MB = 1024 * 1024
