import { inTransaction } from '../../../db/engine'
import { ApiError } from '../../../http/errors'
import type { Handlers } from '../../../http/types'
import type { ConsoleLexicon, LexiconEdits, TriedHit } from '../../../../src/services/contract'
import { recordChange } from '../../admin/audit-repository'
import type { HandlerDeps } from '../../deps'
import { buildSearchIndex, searchCatalog, type SearchIndex } from '../search'
import { catalogCache, catalogVersion, versionCache } from '../version-cache'
import { checkLexicon } from './validate'
import { lexiconInForce, saveLexicon, type LexiconInForce } from './store'
import { keptAnswer } from '../../../http/kept-answer'

type Keys =
  | 'GET /api/v1/admin/search-lexicon'
  | 'POST /api/v1/admin/search-lexicon'
  | 'POST /api/v1/admin/search-lexicon/try'

const TRIED = 8
const invalid = (message: string) => new ApiError(400, 'SEARCH_LEXICON_INVALID', message)
const editsOf = ({ lexicon }: LexiconInForce): LexiconEdits => ({
  synonyms: lexicon.synonyms,
  aliases: lexicon.aliases,
  bundles: lexicon.bundles,
})

/** 管理后台 · 搜索词库 (the console guard admits administrators only). A save is audited. */
export function searchLexiconHandlers({ repos, sql, search }: HandlerDeps): Pick<Handlers, Keys> {
  /** Names of the items and bundles in force: what an alias or bundle row may point at. */
  const corpus = async () => {
    const [items, bundles] = await Promise.all([
      repos.catalog.searchDocs(),
      repos.bundles.searchDocs(),
    ])
    const names = new Map<string, string>()
    for (const doc of [...items, ...bundles]) names.set(doc.id, doc.name)
    return { items, bundles, names }
  }
  const checked = async (edits: LexiconEdits) => {
    const found = await corpus()
    const result = checkLexicon(edits, {
      items: new Set(found.items.map((d) => d.id)),
      bundles: new Set(found.bundles.map((d) => d.id)),
    })
    if (!result.ok) throw invalid(result.message)
    return { ...found, edits: result.edits }
  }
  const view = async (inForce: LexiconInForce): Promise<ConsoleLexicon> => {
    const { names } = await corpus()
    const edits = editsOf(inForce)
    const shown: Record<string, string> = {}
    for (const { id } of [...edits.aliases, ...edits.bundles])
      shown[id] = names.get(id) ?? `${id}（已废止）`
    return {
      ...edits,
      version: inForce.version,
      source: inForce.version === 0 ? 'file' : 'console',
      editedAt: inForce.editedAt,
      names: shown,
    }
  }
  // The page as it opens, kept per catalog version: a save moves that version on (saveLexicon),
  // and so does any change to the items and bundles it names, on whichever process.
  const opened = catalogCache<ConsoleLexicon>(sql, 1)
  // A 试一试 builds a whole index (≈ 1 s); the last two drafts are kept while the catalog holds.
  const drafts = versionCache<SearchIndex>(2)
  const hitsOf = (index: SearchIndex, q: string, names: Map<string, string>): TriedHit[] => {
    const found = searchCatalog(index, q, { limit: TRIED })
    return [...found.bundles, ...found.items].slice(0, TRIED).map((hit) => ({
      kind: hit.kind,
      id: hit.id,
      name: names.get(hit.id) ?? hit.id,
      terms: hit.terms,
    }))
  }

  return {
    'GET /api/v1/admin/search-lexicon': () =>
      // A copy is kept: the lexicon in force is shared with search, and a kept answer is frozen.
      opened('in-force', async () =>
        keptAnswer(structuredClone(await view(await lexiconInForce(sql)))),
      ),
    'POST /api/v1/admin/search-lexicon': async ({ body }, ctx) => {
      const { version, ...draft } = body
      const { edits } = await checked(draft)
      const at = ctx.now.toISOString()
      const saved = await inTransaction(sql, async () => {
        const before = await lexiconInForce(sql)
        if (!(await saveLexicon(sql, edits, version, at, ctx.session.userId))) return undefined
        await recordChange(sql, {
          actorId: ctx.session.userId,
          action: 'catalog.lexicon_saved',
          target: { kind: 'search-lexicon', id: 'search-lexicon' },
          summary: `保存搜索词库（第${version + 1}版：同义说法${edits.synonyms.length}组、事项别名${edits.aliases.length}行、一件事说法${edits.bundles.length}行）`,
          before: editsOf(before),
          after: edits,
          at,
        })
        return lexiconInForce(sql)
      })
      if (!saved)
        throw new ApiError(
          409,
          'SEARCH_LEXICON_STALE',
          '词库已被其他管理员修改，请刷新页面，在最新版本上重新修改后保存',
        )
      return view(saved)
    },
    'POST /api/v1/admin/search-lexicon/try': async ({ body }) => {
      const { q, ...draft } = body
      const { items, bundles, names, edits } = await checked(draft)
      const inForce = await lexiconInForce(sql)
      const version = await catalogVersion(sql)
      const edited = await drafts(version, JSON.stringify(edits), () =>
        buildSearchIndex(items, undefined, bundles, { ...inForce.lexicon, ...edits }),
      )
      return { current: hitsOf(await search(), q, names), edited: hitsOf(edited, q, names) }
    },
  }
}
