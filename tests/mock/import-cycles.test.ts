import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

const ROOT = path.resolve(__dirname, '../../mock')

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name)
    if (statSync(file).isDirectory()) return sources(file)
    return file.endsWith('.ts') ? [file] : []
  })
}

/** The mock/ files a file imports (type-only imports included: they still tie the modules). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  const specifiers = [...text.matchAll(/from '(\.[^']+)'/g)].map((m) => m[1]!)
  return specifiers
    .map((s) => path.resolve(path.dirname(file), s))
    .flatMap((target) =>
      [`${target}.ts`, path.join(target, 'index.ts')].filter(
        (candidate) => candidate.startsWith(ROOT) && existsSync(candidate),
      ),
    )
}

/** Every cycle found by a depth-first walk, as the files around it. */
function cycles(files: readonly string[]): string[][] {
  const graph = new Map(files.map((f) => [f, importsOf(f)]))
  const state = new Map<string, 'open' | 'done'>()
  const found: string[][] = []
  const walk = (file: string, trail: string[]) => {
    if (state.get(file) === 'done') return
    if (state.get(file) === 'open') {
      found.push(trail.slice(trail.indexOf(file)).map((f) => path.relative(ROOT, f)))
      return
    }
    state.set(file, 'open')
    for (const next of graph.get(file) ?? []) walk(next, [...trail, file])
    state.set(file, 'done')
  }
  for (const file of files) walk(file, [])
  return found
}

test('the server has no import cycles: a domain can be read, changed and moved on its own', () => {
  const files = sources(ROOT)
  expect(files.length).toBeGreaterThan(150)
  expect(cycles(files)).toEqual([])
})
