// Duplicated modules across the H5 chunks, read from the built files alone (no webpack stats):
// every chunk is a map of module id → factory function, so a module id found in two chunks is
// shipped twice. Also the JS the first page needs (the scripts index.html loads).
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'acorn'
import type { Node, ObjectExpression, Property } from 'acorn'
import { LIGHTHOUSE_PAGES } from './h5-server'

export interface ChunkModules {
  file: string
  bytes: number
  /** module id → bytes of its factory function */
  modules: Map<string, number>
}

export interface DuplicationReport {
  totalBytes: number
  duplicatedBytes: number
  /** duplicatedBytes / totalBytes */
  ratio: number
  chunks: number
  /** Scripts index.html loads before the first page renders. */
  firstPageBytes: number
  /** Per page of the Lighthouse run: index.html's scripts and the page's preloaded ones. */
  pageBytes: Record<string, number>
  /** Largest repeated modules: id, bytes of one copy, chunks holding it. */
  top: { id: string; bytes: number; copies: number }[]
}

const isFunction = (node: Node): boolean =>
  node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression'

function moduleKey(property: Property): string | undefined {
  const key = property.key
  if (key.type === 'Literal') return String(key.value)
  if (key.type === 'Identifier' && !property.computed) return key.name
  return undefined
}

/** A webpack module map: an object literal of id → factory with at least one entry. */
function asModuleMap(node: ObjectExpression): Map<string, number> | undefined {
  if (node.properties.length === 0) return undefined
  const modules = new Map<string, number>()
  for (const property of node.properties) {
    if (property.type !== 'Property' || !isFunction(property.value)) return undefined
    const id = moduleKey(property)
    if (id === undefined || !/^\d+$/.test(id)) return undefined
    modules.set(id, property.value.end - property.value.start)
  }
  return modules
}

function* walk(node: unknown): Generator<ObjectExpression> {
  if (node === null || typeof node !== 'object') return
  if (Array.isArray(node)) {
    for (const child of node) yield* walk(child)
    return
  }
  const record = node as Record<string, unknown>
  if (record.type === 'ObjectExpression') {
    const map = asModuleMap(node as ObjectExpression)
    if (map) {
      yield node as ObjectExpression
      return
    }
  }
  for (const [key, value] of Object.entries(record)) {
    if (key !== 'loc' && value && typeof value === 'object') yield* walk(value)
  }
}

export function chunkModules(file: string): ChunkModules {
  const source = readFileSync(file, 'utf8')
  const ast = parse(source, { ecmaVersion: 'latest', sourceType: 'script' })
  const modules = new Map<string, number>()
  for (const map of walk(ast)) {
    for (const [id, bytes] of asModuleMap(map) ?? []) modules.set(id, bytes)
  }
  return { file: path.basename(file), bytes: Buffer.byteLength(source), modules }
}

export function jsFiles(distDir: string): string[] {
  const dir = path.join(distDir, 'js')
  return readdirSync(dir)
    .filter((name) => name.endsWith('.js'))
    .map((name) => path.join(dir, name))
}

/** Pure: duplicated bytes are every copy of a module after its first. */
export function duplication(
  chunks: ChunkModules[],
): Omit<DuplicationReport, 'firstPageBytes' | 'pageBytes'> {
  const copies = new Map<string, { bytes: number; copies: number }>()
  for (const chunk of chunks) {
    for (const [id, bytes] of chunk.modules) {
      const seen = copies.get(id)
      copies.set(id, { bytes: Math.max(bytes, seen?.bytes ?? 0), copies: (seen?.copies ?? 0) + 1 })
    }
  }
  let duplicatedBytes = 0
  for (const { bytes, copies: n } of copies.values()) duplicatedBytes += bytes * (n - 1)
  const totalBytes = chunks.reduce((sum, chunk) => sum + chunk.bytes, 0)
  const top = [...copies.entries()]
    .filter(([, module]) => module.copies > 1)
    .map(([id, module]) => ({ id, ...module }))
    .sort((a, b) => b.bytes * (b.copies - 1) - a.bytes * (a.copies - 1))
    .slice(0, 10)
  return {
    totalBytes,
    duplicatedBytes,
    ratio: totalBytes === 0 ? 0 : duplicatedBytes / totalBytes,
    chunks: chunks.length,
    top,
  }
}

export function firstPageScripts(distDir: string): string[] {
  const html = readFileSync(path.join(distDir, 'index.html'), 'utf8')
  return [...html.matchAll(/<script[^>]*\ssrc="\/?([^"]+\.js)"/g)].map((m) =>
    path.join(distDir, m[1] ?? ''),
  )
}

/**
 * The scripts a page's first load fetches: index.html's own, and those its preload table names
 * for the page's route (config/h5-page-preload.ts). Chunks fetched on a later call are not in it.
 */
export function pageFirstLoad(distDir: string, route: string): string[] {
  const html = readFileSync(path.join(distDir, 'index.html'), 'utf8')
  const match = /\}\((\{"files".*?\}\}),location\.pathname\)/.exec(html)
  if (!match?.[1]) throw new Error('index.html carries no preload table')
  const table = JSON.parse(match[1]) as { files: string[]; routes: Record<string, number[]> }
  const preloaded = (table.routes[route.split('?')[0] ?? ''] ?? [])
    .map((index) => table.files[index] ?? '')
    .filter((file) => file.endsWith('.js'))
    .map((file) => path.join(distDir, file))
  return [...firstPageScripts(distDir), ...preloaded]
}

export function measureH5(distDir: string): DuplicationReport {
  const chunks = jsFiles(distDir).map(chunkModules)
  const bytesOf = (files: string[]) => {
    const names = new Set(files.map((file) => path.basename(file)))
    return chunks.filter((chunk) => names.has(chunk.file)).reduce((sum, c) => sum + c.bytes, 0)
  }
  const pageBytes = Object.fromEntries(
    Object.entries(LIGHTHOUSE_PAGES).map(([page, route]) => [
      page,
      bytesOf(pageFirstLoad(distDir, route)),
    ]),
  )
  return { ...duplication(chunks), firstPageBytes: bytesOf(firstPageScripts(distDir)), pageBytes }
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1)

export function reportH5(report: DuplicationReport): void {
  console.log('H5 chunks: modules shipped in more than one chunk')
  console.log(
    `chunks ${report.chunks}\ttotal JS ${kb(report.totalBytes)} KB\tduplicated ${kb(report.duplicatedBytes)} KB (${(report.ratio * 100).toFixed(1)}%, target < 10%)\tfirst page JS ${kb(report.firstPageBytes)} KB`,
  )
  console.log(
    `first load JS per page: ${Object.entries(report.pageBytes)
      .map(([page, bytes]) => `${page} ${kb(bytes)} KB`)
      .join(', ')}`,
  )
  for (const module of report.top.slice(0, 5)) {
    console.log(`  module ${module.id}: ${kb(module.bytes)} KB × ${module.copies}`)
  }
}

export const DUPLICATION_TARGET = 0.1

if (path.resolve(process.argv[1] ?? '') === __filename) {
  const report = measureH5(path.resolve(__dirname, '..', '..', process.argv[2] ?? 'dist-h5'))
  reportH5(report)
  if (report.ratio >= DUPLICATION_TARGET) process.exitCode = 1
}
