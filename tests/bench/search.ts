// `npx tsx tests/bench/search.ts`: catalog search latency per query class, next to the naive
// implementation (pinyin-pro over every name, per query) in the same process.
// Targets: p95 ≤ 2 ms and a median ≥ 50× faster than naive. Writes tests/artifacts/bench-search.json.
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { pinyin } from 'pinyin-pro'
import { createSearchIndex, type SearchDoc } from '../../mock/modules/catalog/search'

const P95_BUDGET_MS = 2
const MIN_SPEEDUP = 50
const QUERIES = 300
const NAIVE_QUERIES = 12
const CLASSES = ['chinese', 'pinyin', 'initials', 'fuzzy'] as const
type QueryClass = (typeof CLASSES)[number]
interface Stats {
  queries: number
  p50: number
  p95: number
}
export interface SearchBenchReport {
  docs: number
  source: 'mock/db/catalog' | 'generated'
  buildMs: number
  /** speedup = naive p50 / indexed p50 (target); speedupP95 likewise at p95. */
  classes: Record<QueryClass, { indexed: Stats; naive: Stats; speedup: number; speedupP95: number }>
  targets: { p95Ms: number; speedup: number }
  pass: boolean
}

const OBJECTS =
  '营业执照 食品经营许可证 药品经营许可证 医疗机构执业许可证 医师执业证书 护士执业证书 诊所 个体工商户 ' +
  '道路运输经营许可证 出租汽车驾驶员证 建筑工程施工许可证 排水许可证 城市道路挖掘许可 户外广告设施 ' +
  '社会保障卡 社会保险参保 失业保险金 工伤保险待遇 生育津贴 城乡居民医疗保险 住房公积金 公积金贷款 ' +
  '居民身份证 居住证 户口迁移 出生登记 结婚登记 残疾人证 老年人优待证 高龄津贴 最低生活保障 临时救助 ' +
  '不动产权证书 房屋租赁合同 宽带开通 燃气开户 供热开栓 银行开户 法律援助 公证 人力资源服务许可证 ' +
  '劳务派遣经营许可证 危险化学品经营许可证 烟草专卖零售许可证 公共场所卫生许可证 消防安全检查 ' +
  '教师资格证书 中小学入学 职业技能等级证书 退役军人优待证'
const ACTIONS =
  '核发 变更 延续 注销 补办 换发 申领 查询 备案 登记 审批 年检 迁移 缴费 提取 认定 撤销 遗失补领 ' +
  '重新申请 证明开具 信息更正 预约 转移 复核 暂停'
const SUFFIXES = ['', '（个人）', '（单位）']
const DEPARTMENTS = '市场监管 卫生健康 人社 医保 公积金 公安 民政 住建 交通运输 司法 教育 退役军人'

/** Seeded PRNG so runs compare. */
function random(seed: number): () => number {
  return () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff
}

function generated(): SearchDoc[] {
  const rnd = random(7)
  const departments = DEPARTMENTS.split(' ')
  return OBJECTS.split(' ').flatMap((object, o) =>
    ACTIONS.split(' ').flatMap((action) =>
      SUFFIXES.map((suffix, s) => ({
        id: `gen-${o}-${action}-${s}`,
        name: object + action + suffix,
        keywords: [departments[o % departments.length] ?? ''],
        audiences: s === 1 ? ['personal'] : s === 2 ? ['enterprise'] : ['personal', 'enterprise'],
        popularity: Math.floor(rnd() * 100),
      })),
    ),
  )
}

async function loadDocs(): Promise<{ docs: SearchDoc[]; source: SearchBenchReport['source'] }> {
  try {
    const seedModule = path.join(__dirname, '..', '..', 'mock', 'db', 'catalog', 'index')
    const mod = (await import(seedModule)) as { catalogSeed?: { items?: SearchDoc[] } }
    const items = mod.catalogSeed?.items
    if (Array.isArray(items) && items.length > 0) {
      const docs = items.map(({ id, name, keywords, audiences, popularity }) => {
        return { id, name, keywords, audiences, popularity }
      })
      return { docs, source: 'mock/db/catalog' }
    }
  } catch {
    // Not written yet: fall back to generated names.
  }
  return { docs: generated(), source: 'generated' }
}

const readings = (text: string) => pinyin(text, { toneType: 'none', type: 'array', v: true })

function queries(docs: readonly SearchDoc[], kind: QueryClass, count: number): string[] {
  const rnd = random(kind.length * 31)
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

/** The obvious implementation without an index. */
function naiveSearch(docs: readonly SearchDoc[], q: string): string[] {
  const hit = (doc: SearchDoc, py = readings(doc.name)) =>
    doc.name.includes(q) ||
    py.join('').includes(q) ||
    py
      .map((r) => r[0])
      .join('')
      .includes(q)
  return docs.filter((doc) => hit(doc)).map((doc) => doc.id)
}

function time(list: readonly string[], run: (q: string) => unknown): Stats {
  const ms = list.map((q) => {
    const start = performance.now()
    run(q)
    return performance.now() - start
  })
  ms.sort((a, b) => a - b)
  const at = (p: number) =>
    Number((ms[Math.min(ms.length - 1, Math.floor(p * ms.length))] ?? 0).toFixed(4))
  return { queries: ms.length, p50: at(0.5), p95: at(0.95) }
}

export async function runSearchBench(): Promise<SearchBenchReport> {
  const { docs, source } = await loadDocs()
  const buildStart = performance.now()
  const index = createSearchIndex(docs)
  const buildMs = Math.round(performance.now() - buildStart)
  const classes = {} as SearchBenchReport['classes']
  for (const kind of CLASSES) {
    const list = queries(docs, kind, QUERIES)
    for (const q of list) index.search(q) // warm-up
    for (const q of list.slice(0, 2)) naiveSearch(docs, q)
    const indexed = time(list, (q) => index.search(q))
    const naive = time(list.slice(0, NAIVE_QUERIES), (q) => naiveSearch(docs, q))
    const ratio = (a: number, b: number) => Math.round(a / Math.max(b, 1e-4))
    const speedupP95 = ratio(naive.p95, indexed.p95)
    classes[kind] = { indexed, naive, speedup: ratio(naive.p50, indexed.p50), speedupP95 }
  }
  const pass = CLASSES.every(
    (k) => classes[k].indexed.p95 <= P95_BUDGET_MS && classes[k].speedup >= MIN_SPEEDUP,
  )
  const targets = { p95Ms: P95_BUDGET_MS, speedup: MIN_SPEEDUP }
  return { docs: docs.length, source, buildMs, classes, targets, pass }
}

/** Prints the table and writes tests/artifacts/bench-search.json. */
export function reportSearchBench(report: SearchBenchReport): void {
  console.log(
    `catalog search: ${report.docs} docs (${report.source}), built in ${report.buildMs} ms`,
  )
  console.table(
    Object.fromEntries(
      CLASSES.map((k) => {
        const { indexed, naive, speedup, speedupP95 } = report.classes[k]
        const row = { 'p50 ms': indexed.p50, 'p95 ms': indexed.p95, 'naive p50 ms': naive.p50 }
        const ratios = {
          'naive p95 ms': naive.p95,
          'speedup p50': speedup,
          'speedup p95': speedupP95,
        }
        return [k, { ...row, ...ratios }]
      }),
    ),
  )
  const out = path.join(__dirname, '..', 'artifacts', 'bench-search.json')
  mkdirSync(path.dirname(out), { recursive: true })
  writeFileSync(out, JSON.stringify(report, null, 2) + '\n')
  console.log(report.pass ? 'targets met' : 'TARGET MISSED (p95 ≤ 2 ms, ≥ 50× naive)')
}

if (path.resolve(process.argv[1] ?? '') === __filename) {
  void runSearchBench().then((report) => {
    reportSearchBench(report)
    if (!report.pass) process.exitCode = 1
  })
}
