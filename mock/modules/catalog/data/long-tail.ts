import type { ItemType } from '../../../../src/services/contract'
import type { Category, Draft } from './build'
import { entryDraft, penaltyDraft } from './long-tail-drafts'
import applicationExtraFile from './long-tail/application-extra.json'
import applicationMoreFile from './long-tail/application-more.json'
import benefitsFile from './long-tail/benefits.json'
import confirmationsFile from './long-tail/confirmations.json'
import licensesFile from './long-tail/licenses.json'
import otherFile from './long-tail/other.json'
import penaltiesCityFile from './long-tail/penalties-city.json'
import penaltiesHealthFile from './long-tail/penalties-health.json'
import penaltiesMarketFile from './long-tail/penalties-market.json'
import penaltiesSocietyFile from './long-tail/penalties-society.json'
import publicBusinessFile from './long-tail/public-business.json'
import publicExtraFile from './long-tail/public-extra.json'
import publicLifeFile from './long-tail/public-life.json'
import publicSocialFile from './long-tail/public-social.json'
import supervisionFile from './long-tail/supervision.json'
import { parseReference } from '../../reference-data'
import { EntryGroupsFile, PenaltyGroupsFile, type EntryGroup, type PenaltyGroup } from './schema'
import { expandEntry, type Expanded } from './long-tail-model'

/** The vocabulary (long-tail/*.json): what the generator below expands into items. */
const entryGroups = (name: string, data: unknown): EntryGroup[] =>
  parseReference(`catalog/data/long-tail/${name}.json`, EntryGroupsFile, data).groups
const penaltyGroups = (name: string, data: unknown): PenaltyGroup[] =>
  parseReference(`catalog/data/long-tail/${name}.json`, PenaltyGroupsFile, data).groups
const extraApplicationGroups = entryGroups('application-extra', applicationExtraFile)
const moreApplicationGroups = entryGroups('application-more', applicationMoreFile)
const benefitGroups = entryGroups('benefits', benefitsFile)
const confirmationGroups = entryGroups('confirmations', confirmationsFile)
const licenseGroups = entryGroups('licenses', licensesFile)
const otherGroups = entryGroups('other', otherFile)
const businessPublicGroups = entryGroups('public-business', publicBusinessFile)
const extraPublicGroups = entryGroups('public-extra', publicExtraFile)
const lifePublicGroups = entryGroups('public-life', publicLifeFile)
const socialPublicGroups = entryGroups('public-social', publicSocialFile)
const supervisionGroups = entryGroups('supervision', supervisionFile)
const cityPenalties = penaltyGroups('penalties-city', penaltiesCityFile)
const healthSafetyPenalties = penaltyGroups('penalties-health', penaltiesHealthFile)
const marketPenalties = penaltyGroups('penalties-market', penaltiesMarketFile)
const societyPenalties = penaltyGroups('penalties-society', penaltiesSocietyFile)

/**
 * The rest of the 事项清单, generated so the totals match 包头日报 2025-12-25: 依申请 868 (行政许可
 * at least 185), 公共服务 647, 依职权 2234 — hand-written items included. Deterministic: vocabulary
 * is expanded in file order and, where a pool is larger than needed, taken round-robin across
 * groups so every department keeps its share. No randomness; `hash` only spreads popularity and
 * 通办 scopes, from the item name.
 */
export const TARGETS = {
  application: 868,
  public_service: 647,
  ex_officio: 2234,
  license: 185,
} as const

class Namer {
  private readonly used: Set<string>
  constructor(names: Iterable<string>) {
    this.used = new Set(names)
  }
  take(name: string): boolean {
    if (this.used.has(name)) return false
    this.used.add(name)
    return true
  }
}

interface Candidate {
  group: number
  build: (id: string) => Draft
}

/**
 * Cancelling, reissuing or suspending a licence is not itself a licensing decision: those 子项 of
 * a 许可 are counted as 其他行政权力, which keeps 行政许可 at the article's 185.
 */
const NOT_A_LICENCE = /注销|补办|补证|补发|停用|停业|歇业|恢复营业/

function categoryOf(group: EntryGroup, e: Expanded): Category {
  return group.category === '行政许可' && NOT_A_LICENCE.test(e.sub)
    ? '其他行政权力'
    : group.category
}

function entryCandidates(
  groups: readonly EntryGroup[],
  namer: Namer,
  offset: number,
): (Candidate & { category: Category })[] {
  const out: (Candidate & { category: Category })[] = []
  groups.forEach((group, gi) => {
    for (const entry of group.entries) {
      for (const e of expandEntry(entry)) {
        if (!namer.take(e.name)) continue
        const category = categoryOf(group, e)
        const g = category === group.category ? group : { ...group, category }
        out.push({ group: offset + gi, category, build: (id) => entryDraft(id, g, e) })
      }
    }
  })
  return out
}

const PENALTY_GROUPS: readonly PenaltyGroup[] = [
  ...marketPenalties,
  ...healthSafetyPenalties,
  ...cityPenalties,
  ...societyPenalties,
]
const GENERIC_SUBJECTS = new Set(['', '单位', '个人'])

/** 许可 whose holders can be named in 对未取得…的行政处罚 and 对…被许可人的监督检查. */
function licensableMains(): { group: EntryGroup; main: string }[] {
  const seen = new Set<string>()
  const out: { group: EntryGroup; main: string }[] = []
  for (const group of licenseGroups) {
    if (group.audiences[0] !== 'enterprise' && !group.audiences.includes('enterprise')) continue
    for (const entry of group.entries) {
      for (const e of expandEntry(entry)) {
        const main = e.main.replace(/（.*）$/, '').replace(/核发$/, '')
        if (!/(许可|许可证|合格证)$/.test(main) || seen.has(main)) continue
        seen.add(main)
        out.push({ group, main })
      }
    }
  }
  return out
}

function penaltyCandidates(namer: Namer): Candidate[] {
  const out: Candidate[] = []
  PENALTY_GROUPS.forEach((group, gi) => {
    for (const violation of group.violations) {
      for (const subject of group.subjects) {
        const name = `对${subject}${violation}的行政处罚`
        if (!namer.take(name)) continue
        out.push({ group: gi, build: (id) => penaltyDraft(id, group, subject, violation, name) })
      }
    }
  })
  licensableMains().forEach(({ group, main }, i) => {
    const topic = `${main}管理`
    const derived: PenaltyGroup = {
      dept: group.dept,
      topic,
      basis: [...group.basis, '《中华人民共和国行政许可法》第七十九条至第八十一条'],
      audiences: ['enterprise'],
      scenes: [...group.scenes],
      subjects: [''],
      violations: [],
    }
    const violations = [
      `未依法取得${main}擅自从事相关活动`,
      `以欺骗、贿赂等不正当手段取得${main}`,
      `涂改、倒卖、出租、出借或者以其他形式非法转让${main}证件`,
      `超出${main}核定的范围从事相关活动`,
    ]
    for (const violation of violations) {
      const name = `对${violation}的行政处罚`
      if (!namer.take(name)) continue
      out.push({
        group: PENALTY_GROUPS.length + i,
        build: (id) => penaltyDraft(id, derived, '', violation, name),
      })
    }
  })
  return out
}

function checkCandidates(namer: Namer): Candidate[] {
  const out: Candidate[] = []
  const checkGroup = (group: PenaltyGroup, entries: string[]): EntryGroup => ({
    dept: group.dept,
    category: '行政检查',
    basis: group.basis,
    audiences: group.audiences,
    scenes: group.scenes,
    entries,
  })
  PENALTY_GROUPS.forEach((group, gi) => {
    for (const subject of group.subjects) {
      if (GENERIC_SUBJECTS.has(subject)) continue
      const name = `对${subject}的${group.topic}监督检查`
      if (!namer.take(name)) continue
      const e: Expanded = { name, main: `${group.topic}监督检查`, sub: subject }
      out.push({ group: gi, build: (id) => entryDraft(id, checkGroup(group, [name]), e) })
    }
  })
  licensableMains().forEach(({ group, main }, i) => {
    const name = `对${main}被许可人的监督检查`
    if (!namer.take(name)) return
    const e: Expanded = { name, main: '行政许可事后监督检查', sub: main }
    const g: EntryGroup = {
      ...group,
      category: '行政检查',
      audiences: ['enterprise'],
      entries: [name],
    }
    out.push({ group: PENALTY_GROUPS.length + i, build: (id) => entryDraft(id, g, e) })
  })
  return out
}

/** Takes `count` candidates round-robin across their groups, keeping the vocabulary's order within each. */
function roundRobin(candidates: readonly Candidate[], count: number, what: string): Candidate[] {
  if (candidates.length < count) {
    throw new Error(
      `long tail: ${what} needs ${count} items but the vocabulary has ${candidates.length}`,
    )
  }
  const queues = new Map<number, Candidate[]>()
  for (const c of candidates) {
    const q = queues.get(c.group) ?? []
    q.push(c)
    queues.set(c.group, q)
  }
  const picked: Candidate[] = []
  const lists = [...queues.values()]
  for (let round = 0; picked.length < count; round++) {
    for (const q of lists) {
      const c = q[round]
      if (c !== undefined && picked.length < count) picked.push(c)
    }
  }
  // Restore vocabulary order so related 子项 stay next to each other.
  const order = new Map(candidates.map((c, i) => [c, i]))
  return picked.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0))
}

function build(candidates: readonly Candidate[], prefix: string): Draft[] {
  return candidates.map((c, i) => c.build(`${prefix}-${String(i + 1).padStart(4, '0')}`))
}

export function generateLongTail(hand: readonly Draft[]): Draft[] {
  const namer = new Namer(hand.map((d) => d.name))
  const count = (type: ItemType) => hand.filter((d) => d.type === type).length

  // 依申请: exactly 185 行政许可 (round-robin over the licence vocabulary), every 确认, 给付, 裁决
  // and 奖励, and 其他行政权力 for the rest.
  const applicationGroups = [
    ...licenseGroups,
    ...confirmationGroups,
    ...benefitGroups,
    ...otherGroups,
    ...extraApplicationGroups,
    ...moreApplicationGroups,
  ]
  const pool = entryCandidates(applicationGroups, namer, 0)
  const licences = roundRobin(
    pool.filter((c) => c.category === '行政许可'),
    TARGETS.license - hand.filter((d) => d.category === '行政许可').length,
    '行政许可',
  )
  const fixed = [
    ...licences,
    ...pool.filter((c) => c.category !== '行政许可' && c.category !== '其他行政权力'),
  ]
  const others = pool.filter((c) => c.category === '其他行政权力')
  const applicationNeed = TARGETS.application - count('application') - fixed.length
  if (applicationNeed < 0) throw new Error(`long tail: ${-applicationNeed} too many 依申请 items`)
  const application = [...fixed, ...roundRobin(others, applicationNeed, '其他行政权力')]

  const publicPool = entryCandidates(
    [...socialPublicGroups, ...lifePublicGroups, ...businessPublicGroups, ...extraPublicGroups],
    namer,
    0,
  )
  const publicService = roundRobin(
    publicPool,
    TARGETS.public_service - count('public_service'),
    '公共服务',
  )

  const supervision = entryCandidates(supervisionGroups, namer, 0)
  const checks = checkCandidates(namer)
  const penalties = penaltyCandidates(namer)
  const penaltyNeed = TARGETS.ex_officio - count('ex_officio') - supervision.length - checks.length
  const exOfficio = [...supervision, ...checks, ...roundRobin(penalties, penaltyNeed, '行政处罚')]

  return [
    ...build(application, 'lt-app'),
    ...build(publicService, 'lt-pub'),
    ...build(exOfficio, 'lt-exo'),
  ]
}
