// `npx tsx tests/bench/search-answers.ts record|compare <file> [scales]`: every answer of both
// engines (with and without an audience filter) to a few thousand questions at 1×, 10× and
// 100× the catalog, written to <file> (record) or checked against it (compare), so a change to
// how the index is built can prove it answers exactly what it answered before. Questions:
// the labelled ones, name fragments in Chinese, pinyin, initials, with one typo, and pinyin that
// reads polyphones another way (the variants' look-back).
import { readFileSync, writeFileSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { pinyin, polyphonic } from 'pinyin-pro'
import { catalogSeed } from '../../mock/modules/catalog/data'
import { createSearchIndex, type SearchDoc } from '../../mock/modules/catalog/search'
import labelled from '../data/search-queries.json'
import { seeded, synthesise } from './search-scale'

const QUESTIONS: Record<number, number> = { 1: 600, 10: 400, 100: 250 }

function questions(docs: readonly SearchDoc[], count: number): string[] {
  const rnd = seeded(97)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T
  const out = labelled.queries.map((l) => l.q)
  for (let i = 0; i < count; i++) {
    const name = pick(docs).name.replace(/[^\p{Script=Han}]/gu, '')
    const length = 1 + Math.floor(rnd() * 6)
    const start = Math.floor(rnd() * Math.max(1, name.length - length))
    const part = name.slice(start, start + length)
    const py = pinyin(part, { toneType: 'none', type: 'array', v: true })
    const other = [...part].map((c, k) => {
      const all = (polyphonic(c, { toneType: 'none', type: 'array', v: true })[0] ?? []).map((r) =>
        r.toLowerCase(),
      )
      return rnd() < 0.5 ? pick(all.length > 0 ? all : [py[k] ?? c]) : (py[k] ?? c)
    })
    const typo = (text: string) => {
      const at = Math.floor(rnd() * text.length)
      return text.slice(0, at) + pick([...'的了是在和有qwxzmv']) + text.slice(at + 1)
    }
    const cut = (text: string) => text.slice(Math.floor(rnd() * 3))
    out.push(
      part,
      py.join(''),
      py.map((r) => r.charAt(0)).join(''),
      typo(part),
      typo(py.join('')),
      other.join(''),
      cut(other.join('')),
    )
  }
  return out
}

function answers(factor: number): string[] {
  const real = catalogSeed.items.map(({ id, name, keywords, audiences, popularity }) => {
    return { id, name, keywords, audiences, popularity }
  })
  const bundles = catalogSeed.bundles.map(({ id, name, scene, audience, description }) => {
    return { id, name, scene, audience, description }
  })
  const docs = factor === 1 ? real : synthesise(real, factor)
  const started = process.cpuUsage()
  const index = createSearchIndex(docs, bundles)
  const used = process.cpuUsage(started)
  console.log(`${factor}×: built in ${((used.user + used.system) / 1e6).toFixed(1)} s CPU`)
  return questions(docs, QUESTIONS[factor] ?? 200).map((q) =>
    JSON.stringify([
      q,
      index.searchCatalog(q),
      index.searchCatalog(q, { audience: 'enterprise', limit: 7 }),
      index.exactSearch(q),
      index.exactSearch(q, { audience: 'personal', limit: 5 }),
    ]),
  )
}

const [mode, file, scaleList] = process.argv.slice(2)
if ((mode !== 'record' && mode !== 'compare') || !file) {
  console.error('usage: search-answers.ts record|compare <file> [1,10,100]')
  process.exit(2)
}
const scales = (scaleList ?? '1,10').split(',').map(Number)
let failed = false
for (const factor of scales) {
  const lines = answers(factor)
  const path = `${file}.${factor}x.jsonl`
  const digest = createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 16)
  if (mode === 'record') {
    writeFileSync(path, lines.join('\n') + '\n')
    console.log(`${factor}×: ${lines.length} questions recorded (${digest})`)
    continue
  }
  const before = readFileSync(path, 'utf8').trimEnd().split('\n')
  const differ = lines.filter((line, i) => line !== before[i])
  if (differ.length > 0 || before.length !== lines.length) failed = true
  console.log(`${factor}×: ${lines.length} questions, ${differ.length} answers differ (${digest})`)
  for (const line of differ.slice(0, 3)) {
    const i = lines.indexOf(line)
    console.log(`  now:    ${line.slice(0, 400)}\n  before: ${(before[i] ?? '').slice(0, 400)}`)
  }
}
if (failed) process.exitCode = 1
