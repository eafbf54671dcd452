// `npx tsx tests/bench/search.ts`: the catalog search, measured in CPU time (not wall-clock, so a
// busy machine does not fail it) and as accuracy on the labelled 12345-style questions
// (tests/data/search-queries.json), next to today's engine (the exact/pinyin/initials/one-typo
// passes alone) in the same run. Then catalogs synthesised at 10× (and 100× with
// SEARCH_BENCH_SCALES=10,100: its build still takes minutes, see the search README): build
// time, memory and p95 per question.
// Writes tests/artifacts/bench-search.json.
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { pinyin } from 'pinyin-pro'
import { catalogSeed } from '../../mock/modules/catalog/data'
import {
  createSearchIndex,
  type BundleDoc,
  type SearchDoc,
  type SearchIndex,
} from '../../mock/modules/catalog/search'
import labelled from '../data/search-queries.json'
import { seeded, synthesise } from './search-scale'

const TARGETS = {
  top3: 0.95,
  top1: 0.8,
  /** CPU ms per question over the whole catalog. */
  p95Ms: 20,
  /** Per synthesised scale: CPU p95 per question, build CPU seconds, memory MB (JS heap and
   * the typed arrays' buffers the index is packed in). */
  scales: {
    10: { p95Ms: 2, buildS: 30, heapMb: 1024 },
    100: { p95Ms: 10, buildS: 30, heapMb: 1024 },
  },
} as const
/** A real regression, not noise: CPU-time budgets (p95, build) are checked with this much slack
 * for a shared machine; memory is not noisy and is checked as is. */
const NOISE = 1.5
/** At scale the words engine may cost this many times today's passes alone (it runs them too). */
const REGRESSION = 2
const CLASSES = ['chinese', 'pinyin', 'initials', 'fuzzy'] as const
type QueryClass = (typeof CLASSES)[number]

interface Stats {
  queries: number
  p50: number
  p95: number
}
interface Accuracy {
  top1: number
  top3: number
}
interface ScaleReport {
  factor: number
  docs: number
  buildCpuS: number
  /** JS heap plus array buffers held by the index. */
  heapMb: number
  /** Of which the JS heap alone (what earlier runs reported). */
  jsHeapMb: number
  words: Stats
  today: Stats
  /** The issue-19 targets for this scale (p95, build, heap). */
  met: boolean
  /** No regression against today's engine at this scale. */
  pass: boolean
}
export interface SearchBenchReport {
  docs: number
  bundles: number
  buildCpuMs: number
  labelled: {
    queries: number
    byKind: Record<string, { queries: number; today: Accuracy; words: Accuracy }>
    today: Accuracy & Stats
    words: Accuracy & Stats
  }
  classes: Record<QueryClass, { today: Stats; words: Stats }>
  scales: ScaleReport[]
  targets: typeof TARGETS
  pass: boolean
}
interface Labelled {
  q: string
  kind: string
  expect: string[]
}

function realCatalog(): { docs: SearchDoc[]; bundles: BundleDoc[] } {
  const docs = catalogSeed.items.map(({ id, name, keywords, audiences, popularity }) => {
    return { id, name, keywords, audiences, popularity }
  })
  const bundles = catalogSeed.bundles.map(({ id, name, scene, audience, description }) => {
    return { id, name, scene, audience, description }
  })
  return { docs, bundles }
}

/** CPU milliseconds of one call (user + system of this process). */
function cpuMs(run: () => unknown): number {
  const start = process.cpuUsage()
  run()
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1000
}

function stats(ms: number[]): Stats {
  const sorted = [...ms].sort((a, b) => a - b)
  const at = (p: number) =>
    Number((sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0).toFixed(3))
  return { queries: ms.length, p50: at(0.5), p95: at(0.95) }
}

function time(list: readonly string[], run: (q: string) => unknown): Stats {
  for (const q of list.slice(0, 30)) run(q) // warm-up
  return stats(list.map((q) => cpuMs(() => run(q))))
}

const wordsRanked = (index: SearchIndex, q: string) => {
  const found = index.searchCatalog(q, { limit: 3 })
  return [...found.bundles, ...found.items].map((hit) => hit.id)
}
const todayRanked = (index: SearchIndex, q: string) =>
  index.exactSearch(q, { limit: 3 }).map((hit) => hit.id)

function accuracy(list: readonly Labelled[], ranked: (q: string) => string[]): Accuracy {
  let top1 = 0
  let top3 = 0
  for (const { q, expect } of list) {
    const ids = ranked(q)
    if (expect.includes(ids[0] ?? '')) top1 += 1
    if (ids.slice(0, 3).some((id) => expect.includes(id))) top3 += 1
  }
  const share = (n: number) => Number((n / Math.max(list.length, 1)).toFixed(4))
  return { top1: share(top1), top3: share(top3) }
}

const readings = (text: string) => pinyin(text, { toneType: 'none', type: 'array', v: true })

/** Name fragments as typed today: Chinese, full pinyin, initials, one typo. */
function classQueries(docs: readonly SearchDoc[], kind: QueryClass, count: number): string[] {
  const rnd = seeded(kind.length * 31)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T
  const out: string[] = []
  while (out.length < count) {
    const name = pick(docs).name.replace(/[^\p{Script=Han}]/gu, '')
    const length = 2 + Math.floor(rnd() * 4)
    const start = Math.floor(rnd() * Math.max(1, name.length - length))
    const part = name.slice(start, start + length)
    const py = readings(part)
    if (kind === 'chinese') out.push(part)
    if (kind === 'pinyin') out.push(py.join(''))
    if (kind === 'initials') out.push(py.map((r) => r.charAt(0)).join(''))
    if (kind === 'fuzzy' && part.length >= 3) {
      const text = rnd() < 0.5 ? part : py.join('')
      const at = 1 + Math.floor(rnd() * (text.length - 1))
      const typo = text === part ? pick([...'的了是在和有']) : pick([...'qwxzmv'])
      out.push(text.slice(0, at) + typo + text.slice(at + 1))
    }
  }
  return out
}

/** A full collection before reading memory, with or without --expose-gc. */
function collect(): void {
  if (global.gc) return global.gc()
  setFlagsFromString('--expose-gc')
  const gc: unknown = runInNewContext('gc')
  if (typeof gc === 'function') gc()
}

function scaleReport(real: ReturnType<typeof realCatalog>, factor: 10 | 100): ScaleReport {
  const docs = synthesise(real.docs, factor)
  collect()
  const before = process.memoryUsage()
  let index: SearchIndex | undefined
  const buildCpuS = cpuMs(() => (index = createSearchIndex(docs, real.bundles))) / 1000
  collect()
  const after = process.memoryUsage()
  const mb = (bytes: number) => Math.round(bytes / 2 ** 20)
  const jsHeapMb = mb(after.heapUsed - before.heapUsed)
  const heapMb = jsHeapMb + mb(after.arrayBuffers - before.arrayBuffers)
  if (!index) throw new Error('no index')
  const built = index
  const questions = [
    ...labelled.queries.map((l) => l.q),
    ...CLASSES.flatMap((k) => classQueries(docs, k, 50)),
  ]
  const words = time(questions, (q) => built.searchCatalog(q))
  const today = time(questions, (q) => built.exactSearch(q))
  const target = TARGETS.scales[factor]
  const met = words.p95 <= target.p95Ms && buildCpuS <= target.buildS && heapMb <= target.heapMb
  // Fails on a real regression only: the issue-19 budgets with NOISE slack on CPU time, and the
  // words engine (which runs today's passes too) no more than 2× today's passes at this scale.
  const pass =
    words.p95 <= target.p95Ms * NOISE &&
    buildCpuS <= target.buildS * NOISE &&
    heapMb <= target.heapMb &&
    words.p95 <= Math.max(today.p95 * REGRESSION, target.p95Ms)
  const buildS = Number(buildCpuS.toFixed(1))
  return { factor, docs: docs.length, buildCpuS: buildS, heapMb, jsHeapMb, words, today, met, pass }
}

export async function runSearchBench(): Promise<SearchBenchReport> {
  const real = realCatalog()
  let index: SearchIndex | undefined
  const buildCpuMs = Math.round(cpuMs(() => (index = createSearchIndex(real.docs, real.bundles))))
  if (!index) throw new Error('no index')
  const built = index
  const list: Labelled[] = labelled.queries
  const questions = list.map((l) => l.q)
  const kinds = [...new Set(list.map((l) => l.kind))]
  const byKind = Object.fromEntries(
    kinds.map((kind) => {
      const some = list.filter((l) => l.kind === kind)
      const today = accuracy(some, (q) => todayRanked(built, q))
      const words = accuracy(some, (q) => wordsRanked(built, q))
      return [kind, { queries: some.length, today, words }]
    }),
  )
  const labelledReport = {
    queries: list.length,
    byKind,
    today: {
      ...accuracy(list, (q) => todayRanked(built, q)),
      ...time(questions, (q) => built.exactSearch(q)),
    },
    words: {
      ...accuracy(list, (q) => wordsRanked(built, q)),
      ...time(questions, (q) => built.searchCatalog(q)),
    },
  }
  const classes = {} as SearchBenchReport['classes']
  for (const kind of CLASSES) {
    const some = classQueries(real.docs, kind, 300)
    classes[kind] = {
      today: time(some, (q) => built.exactSearch(q)),
      words: time(some, (q) => built.searchCatalog(q)),
    }
  }
  const factors = (process.env.SEARCH_BENCH_SCALES ?? '10')
    .split(',')
    .map(Number)
    .filter((f): f is 10 | 100 => f === 10 || f === 100)
  const scales = factors.map((factor) => scaleReport(real, factor))
  const { words } = labelledReport
  const pass =
    words.top3 >= TARGETS.top3 &&
    words.top1 >= TARGETS.top1 &&
    words.p95 <= TARGETS.p95Ms &&
    scales.every((s) => s.pass)
  return {
    docs: real.docs.length,
    bundles: real.bundles.length,
    buildCpuMs,
    labelled: labelledReport,
    classes,
    scales,
    targets: TARGETS,
    pass,
  }
}

/** Prints the tables and writes tests/artifacts/bench-search.json. */
export function reportSearchBench(report: SearchBenchReport): void {
  const { labelled: l } = report
  console.log(
    `catalog search: ${report.docs} items + ${report.bundles} 一件事, built in ${report.buildCpuMs} ms CPU; ` +
      `${l.queries} labelled 12345-style questions (today = exact/pinyin/initials/typo passes alone)`,
  )
  const row = (a: Accuracy & Partial<Stats>) => ({
    'top-1': pct(a.top1),
    'top-3': pct(a.top3),
    ...(a.p95 === undefined ? {} : { 'p50 ms CPU': a.p50, 'p95 ms CPU': a.p95 }),
  })
  console.table({ today: row(l.today), words: row(l.words) })
  console.table(
    Object.fromEntries(
      Object.entries(l.byKind).map(([kind, k]) => [
        `${kind} (${k.queries})`,
        {
          'today top-1': pct(k.today.top1),
          'today top-3': pct(k.today.top3),
          'words top-1': pct(k.words.top1),
          'words top-3': pct(k.words.top3),
        },
      ]),
    ),
  )
  console.table(
    Object.fromEntries(
      CLASSES.map((k) => {
        const { today, words } = report.classes[k]
        return [k, { 'today p95 ms': today.p95, 'words p95 ms': words.p95 }]
      }),
    ),
  )
  if (report.scales.length > 0) {
    console.table(
      Object.fromEntries(
        report.scales.map((s) => [
          `${s.factor}× (${s.docs} items)`,
          {
            'build s CPU': s.buildCpuS,
            'memory MB': s.heapMb,
            'JS heap MB': s.jsHeapMb,
            'words p95 ms': s.words.p95,
            'today p95 ms': s.today.p95,
            'p95 ratio to 1×': Number((s.words.p95 / Math.max(l.words.p95, 1e-3)).toFixed(1)),
            'issue-19 target': s.met ? 'met' : s.pass ? 'within noise' : 'NOT MET',
          },
        ]),
      ),
    )
  }
  const out = path.join(__dirname, '..', 'artifacts', 'bench-search.json')
  mkdirSync(path.dirname(out), { recursive: true })
  writeFileSync(out, JSON.stringify(report, null, 2) + '\n')
  console.log(
    report.pass
      ? 'targets met'
      : 'TARGET MISSED (top-3 ≥ 95%, top-1 ≥ 80%, p95 ≤ 20 ms CPU; at 10×/100×: p95 ≤ 2/10 ms and ' +
          `build ≤ 30 s CPU (×${NOISE} for noise), memory ≤ 1 GB, no slower than 2× today's passes)`,
  )
}

const pct = (share: number) => `${(share * 100).toFixed(1)}%`

if (path.resolve(process.argv[1] ?? '') === __filename) {
  void runSearchBench().then((report) => {
    reportSearchBench(report)
    if (!report.pass) process.exitCode = 1
  })
}
