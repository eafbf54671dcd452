import {
  createSearchIndex,
  searchCatalog,
  type SearchIndex,
} from '../../../mock/modules/catalog/search'
import { segmenter } from '../../../mock/modules/catalog/search/segment'
import labelled from '../../data/search-queries.json'
import { catalogDocs, type LabelledQuery } from './search-catalog-support'

let index: SearchIndex
beforeAll(() => {
  const { items, bundles } = catalogDocs()
  index = createSearchIndex(items, bundles)
})

/** Bundles first (as the page shows them), then items. */
const ranked = (q: string, limit = 10) => {
  const found = searchCatalog(index, q, { limit })
  return [...found.bundles, ...found.items].map((hit) => hit.id)
}

describe('segmentation with the catalog dictionary', () => {
  test('catalog words and 青山区 places stay whole; 社保卡 is one word, not 社保 + 卡', () => {
    const jieba = segmenter([])
    expect(jieba.cut('社会保障卡挂失与补换', false)).toEqual(
      expect.arrayContaining(['社会保障卡', '挂失']),
    )
    expect(jieba.cut('补办社保卡', false)).toEqual(['补办', '社保卡'])
    expect(jieba.cut('育新社区便民服务站在哪', false)).toEqual(
      expect.arrayContaining(['育新社区', '便民服务站']),
    )
  })

  test('a sentence is read as its concepts, without fillers', () => {
    const { understood } = searchCatalog(index, '我想开个饭店要办什么手续')
    expect(understood.core).toBe('开饭店')
    expect(understood.terms).toEqual(['开饭店'])
  })
})

describe('what residents say', () => {
  test.each([
    ['补办社保卡', 'hrss-social-card-loss'],
    ['社会保障卡补办', 'hrss-social-card-loss'],
    ['我想开个饭店要办什么手续', 'market-food-permit-new'],
    ['买房过户', 'realty-transfer'],
    ['交暖气费', 'lt-pub-0362'],
    ['补办驾照', 'lt-pub-0169'],
    ['开个小卖部', 'bundle-individual-business'],
  ])('%s → %s first', (q, id) => {
    expect(ranked(q)[0]).toBe(id)
  })

  test('word order does not matter', () => {
    expect(ranked('社保卡补办', 3)).toEqual(ranked('补办社保卡', 3))
    expect(ranked('过户房子', 1)).toEqual(ranked('房子过户', 1))
  })

  test('生孩子 is about a birth, not 独生子女', () => {
    const found = searchCatalog(index, '生孩子', { limit: 10 })
    expect(found.bundles[0]?.id).toBe('bundle-newborn')
    expect(found.items.some((hit) => hit.id === 'police-birth-registration')).toBe(true)
    const names = found.items.map((hit) => catalogName(hit.id))
    expect(names.join('')).not.toContain('独生子女')
  })

  test('a homophone slip reads as the word it sounds like (设保卡 = 社保卡)', () => {
    expect(ranked('设保卡补办')[0]).toBe('hrss-social-card-loss')
    expect(ranked('身分证补办')[0]).toBe('police-id-card')
  })

  test('what worked before still works: pinyin, initials, one typo', () => {
    expect(ranked('qykb')[0]).toBe('market-llc-setup')
    expect(ranked('qiyekaiban')).toContain('market-llc-setup')
    expect(ranked('诊所备按')).toContain('health-clinic-filing')
  })
})

describe('一件事 bundles', () => {
  test.each([
    ['开诊所', 'bundle-clinic-filing'],
    ['生孩子要办什么', 'bundle-newborn'],
    ['退休', 'bundle-retirement'],
    ['企业开办一件事', 'bundle-enterprise-setup'],
    ['招了新员工要办什么', 'bundle-hiring'],
  ])('%s → %s first', (q, id) => {
    expect(ranked(q)[0]).toBe(id)
  })

  test('a question about one item does not put a bundle first', () => {
    expect(searchCatalog(index, '提前退休').bundles).toEqual([])
    expect(searchCatalog(index, '办疫苗本').bundles).toEqual([])
  })

  test('matches carry their scores and what matched, best first', () => {
    const { items } = searchCatalog(index, '补办社保卡', { limit: 3 })
    expect(items[0]).toMatchObject({ kind: 'item', terms: ['补办', '社保卡'] })
    const scores = items.map((hit) => hit.score)
    expect([...scores].sort((a, b) => b - a)).toEqual(scores)
  })

  test('the audience filter holds for bundles and items', () => {
    const found = searchCatalog(index, '开诊所', { audience: 'personal' })
    expect(found.bundles).toEqual([])
    const forEnterprises = searchCatalog(index, '退休', { audience: 'enterprise' }).items
    expect(forEnterprises.length).toBeGreaterThan(0)
    expect(forEnterprises.every((hit) => audiences.get(hit.id)?.includes('enterprise'))).toBe(true)
  })
})

describe('hostile input', () => {
  test.each([
    ['very long', '我想办'.repeat(500)],
    ['punctuation only', '？？！！……，。、'],
    ['emoji', '😀🎉🏠'],
    ['SQL', "'; DROP TABLE catalog_items; --"],
    ['LIKE wildcards', '%_%'],
    ['control characters', '\u0000\u0007\u200b'],
  ])('%s → an empty or ordinary answer, never a throw', (_, q) => {
    const found = searchCatalog(index, q)
    expect(Array.isArray(found.items)).toBe(true)
    expect(found.items.length).toBeLessThanOrEqual(20)
    expect(index.search(q).length).toBeLessThanOrEqual(20)
  })

  test('nothing the catalog knows → nothing, not every item with 登记', () => {
    expect(ranked('火星移民登记')).toEqual([])
  })
})

test('SearchIndex.search is unchanged: today’s passes, items only', () => {
  const hits = index.search('qykb', { limit: 5 })
  expect(hits[0]).toEqual({ id: 'market-llc-setup', matchedBy: 'initials', highlight: [[0, 4]] })
  expect(index.search('生孩子').some((hit) => hit.id.startsWith('bundle-'))).toBe(false)
})

test('the labelled 12345-style questions: top-3 ≥ 95%, top-1 ≥ 80%', () => {
  const queries: LabelledQuery[] = labelled.queries
  expect(queries.length).toBeGreaterThanOrEqual(300)
  let top1 = 0
  let top3 = 0
  for (const { q, expect: wanted } of queries) {
    const ids = ranked(q, 3)
    if (wanted.includes(ids[0] ?? '')) top1 += 1
    if (ids.slice(0, 3).some((id) => wanted.includes(id))) top3 += 1
  }
  expect(top3 / queries.length).toBeGreaterThanOrEqual(0.95)
  expect(top1 / queries.length).toBeGreaterThanOrEqual(0.8)
})

const names = new Map(catalogDocs().items.map((item) => [item.id, item.name]))
const audiences = new Map(catalogDocs().items.map((item) => [item.id, item.audiences]))
const catalogName = (id: string) => names.get(id) ?? ''
