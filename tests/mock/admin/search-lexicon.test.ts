// 管理后台 · 搜索词库: an alias saved in the console is what the mini program's search understands at
// once; bad and hostile rows are refused in Chinese; 试一试 leaves live search alone; a restart
// (which runs the seed) keeps the console's lexicon; the save is audited.
import type {
  ConsoleLexicon,
  LexiconEdits,
  LexiconTried,
  SearchResult,
} from '../../../src/services/contract'
import { login, sharedDatabase, testApp } from '../helpers'
import { caller } from './content-support'

const shared = sharedDatabase()
let current = testApp({ database: shared.open() })
let admin = ''
let resident = ''
const as = () => caller(current.app, () => admin)
beforeAll(async () => {
  await current.app.ready()
  admin = await login(current.app, 'dev:admin-1')
  resident = await login(current.app, 'dev:lexicon-resident')
})
afterAll(async () => {
  await current.app.close()
  await shared.remove()
})

/** A word no lexicon or item knows, so only an alias can make it find 结婚登记. */
const SLANG = '领红本本'
const MARRIAGE = 'civil-marriage'
const topHit = async (q: string) => {
  const res = await as().get<SearchResult>(
    `/api/v1/catalog/search?q=${encodeURIComponent(q)}`,
    resident,
  )
  expect(res.status).toBe(200)
  return res.data.hits[0]?.item.id
}
const lexicon = async () => (await as().get<ConsoleLexicon>('/api/v1/admin/search-lexicon')).data
const withAlias = (base: LexiconEdits): LexiconEdits => ({
  ...base,
  aliases: [...base.aliases, { id: MARRIAGE, terms: [` ${SLANG} `] }],
})
const editsOf = ({ synonyms, aliases, bundles }: ConsoleLexicon): LexiconEdits => ({
  synonyms,
  aliases,
  bundles,
})

test('the file lexicon is in force until the console saves; 试一试 shows the effect without applying it', async () => {
  const start = await lexicon()
  expect(start).toMatchObject({ version: 0, source: 'file', editedAt: null })
  expect(start.names['market-license-reissue']).toBe('营业执照遗失补领、换发')
  expect(await topHit(SLANG)).not.toBe(MARRIAGE)

  const tried = await as().post<LexiconTried>('/api/v1/admin/search-lexicon/try', {
    ...withAlias(editsOf(start)),
    q: SLANG,
  })
  expect(tried.status).toBe(200)
  expect(tried.data.edited[0]).toMatchObject({ id: MARRIAGE, name: '内地居民结婚登记' })
  expect(tried.data.current[0]?.id).not.toBe(MARRIAGE)
  expect(await topHit(SLANG)).not.toBe(MARRIAGE)
  expect((await lexicon()).version).toBe(0)
})

test('a saved alias makes the mini program find its item first at once, and the save is audited', async () => {
  // Another server process on the same database, which has the page as it opened already.
  const otherProcess = testApp({ database: shared.open() })
  await otherProcess.app.ready()
  const otherAdmin = await login(otherProcess.app, 'dev:admin-1')
  const onOther = async () =>
    (
      await caller(otherProcess.app, () => otherAdmin).get<ConsoleLexicon>(
        '/api/v1/admin/search-lexicon',
      )
    ).data
  expect((await onOther()).version).toBe(0)
  const start = await lexicon()
  const saved = await as().post<ConsoleLexicon>('/api/v1/admin/search-lexicon', {
    ...withAlias(editsOf(start)),
    version: start.version,
  })
  expect(saved.status).toBe(200)
  expect(saved.data).toMatchObject({ version: 1, source: 'console', editedAt: expect.any(String) })
  expect(saved.data.aliases.at(-1)).toEqual({ id: MARRIAGE, terms: [SLANG] })
  expect(await topHit(SLANG)).toBe(MARRIAGE)
  expect(await lexicon()).toEqual(saved.data)
  expect(await onOther()).toEqual(saved.data)
  await otherProcess.app.close()

  const [row] = await as().audit('catalog')
  expect(row).toMatchObject({
    action: 'catalog.lexicon_saved',
    target: { kind: 'search-lexicon', id: 'search-lexicon' },
    actor: { id: expect.any(String) },
  })
  expect(JSON.stringify(row?.after)).toContain(SLANG)
  expect(JSON.stringify(row?.before)).not.toContain(SLANG)

  // A save over a version someone else already replaced is refused.
  const stale = await as().post('/api/v1/admin/search-lexicon', {
    ...editsOf(start),
    version: start.version,
  })
  expect(stale.status).toBe(409)
  expect(stale.error?.code).toBe('SEARCH_LEXICON_STALE')
})

test.each<[string, (e: LexiconEdits) => LexiconEdits, string]>([
  ['an empty alias', (e) => ({ ...e, aliases: [{ id: MARRIAGE, terms: [] }] }), '别名不能为空'],
  ['a blank term', (e) => ({ ...e, aliases: [{ id: MARRIAGE, terms: ['  '] }] }), '有空词'],
  [
    'a term over 20',
    (e) => ({ ...e, aliases: [{ id: MARRIAGE, terms: ['结'.repeat(21)] }] }),
    '超过20个字',
  ],
  [
    'an unknown item',
    (e) => ({ ...e, aliases: [{ id: 'no-such-item', terms: ['x1'] }] }),
    '不在目录中或已废止',
  ],
  [
    'an unknown bundle',
    (e) => ({ ...e, bundles: [{ id: 'bundle-mars', events: ['移民'] }] }),
    '不在目录中或已废止',
  ],
  [
    'an item twice',
    (e) => ({
      ...e,
      aliases: [
        { id: MARRIAGE, terms: ['a1'] },
        { id: MARRIAGE, terms: ['b2'] },
      ],
    }),
    '已有一行',
  ],
  ['a term twice', (e) => ({ ...e, aliases: [{ id: MARRIAGE, terms: ['结婚', '结婚'] }] }), '重复'],
  [
    'a phrase in two groups',
    (e) => ({
      ...e,
      synonyms: [
        { say: ['丢了'], means: ['挂失'] },
        { say: ['丢了'], means: ['补领'] },
      ],
    }),
    '已在第1组',
  ],
  [
    'no meaning',
    (e) => ({ ...e, synonyms: [{ say: ['丢了'], means: [] }] }),
    '对应的目录用语不能为空',
  ],
  [
    'markup',
    (e) => ({ ...e, aliases: [{ id: MARRIAGE, terms: ['<script>alert(1)</script>'] }] }),
    '超过20个字',
  ],
  [
    'symbols',
    (e) => ({ ...e, aliases: [{ id: MARRIAGE, terms: ["结婚'--"] }] }),
    '只能包含汉字、字母和数字',
  ],
  [
    'a path as id',
    (e) => ({ ...e, aliases: [{ id: '../../etc/passwd', terms: ['结婚'] }] }),
    '不在目录中',
  ],
])('%s is refused in Chinese, on save and on 试一试', async (_, edit, message) => {
  const start = await lexicon()
  const body = edit(editsOf(start))
  for (const [url, extra] of [
    ['/api/v1/admin/search-lexicon', { version: start.version }],
    ['/api/v1/admin/search-lexicon/try', { q: '结婚' }],
  ] as const) {
    const res = await as().post(url, { ...body, ...extra })
    expect(res.status).toBe(400)
    expect(res.error?.code).toBe('SEARCH_LEXICON_INVALID')
    expect(res.error?.message).toContain(message)
  }
  expect((await lexicon()).version).toBe(start.version)
})

test('wrong shapes are refused without a 500, and a resident may not read or save the lexicon', async () => {
  for (const body of [
    {},
    { synonyms: 'x', aliases: [], bundles: [], version: 1 },
    { version: -1 },
  ]) {
    const res = await as().post('/api/v1/admin/search-lexicon', body)
    expect(res.status).toBe(400)
  }
  expect((await as().get('/api/v1/admin/search-lexicon', resident)).status).toBe(403)
  const start = await lexicon()
  expect(
    (await as().post('/api/v1/admin/search-lexicon', { ...editsOf(start), version: 1 }, resident))
      .status,
  ).toBe(403)
})

test('a restart, which runs the seed, keeps the console lexicon and its search', async () => {
  await current.app.close()
  current = testApp({ database: shared.open() })
  await current.app.ready()
  admin = await login(current.app, 'dev:admin-1')
  resident = await login(current.app, 'dev:lexicon-resident')
  const after = await lexicon()
  expect(after).toMatchObject({ version: 1, source: 'console' })
  expect(after.aliases.some((a) => a.id === MARRIAGE && a.terms.includes(SLANG))).toBe(true)
  expect(await topHit(SLANG)).toBe(MARRIAGE)
})
