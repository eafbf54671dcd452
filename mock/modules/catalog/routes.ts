import { mergeMembers } from './bundle-merge'
import { fieldsProducedBy } from './data/bundles'
import {
  beijingDate,
  formatChineseDate,
  type Guide,
  type ItemPage,
} from '../../../src/services/contract'
import { ApiError, notFound } from '../../http/errors'
import { answersPer } from '../../http/kept-answer'
import { retiredBy } from './repository'
import { catalogCache } from './version-cache'
import type { Handlers } from '../../http/types'
import type { HandlerDeps } from '../deps'
import type { Repos } from '../repositories'

type CatalogKeys =
  | 'GET /api/v1/catalog/facets'
  | 'GET /api/v1/catalog/items'
  | 'GET /api/v1/catalog/items/:id'
  | 'GET /api/v1/catalog/search'
  | 'GET /api/v1/catalog/bundles'
  | 'GET /api/v1/catalog/bundles/:id'

type ListedPage = Awaited<ReturnType<Repos['catalog']['list']>>
type StoredGuide = NonNullable<Awaited<ReturnType<Repos['catalog']['guide']>>>

export const DEFAULT_PAGE_SIZE = 20
const RELATED_COUNT = 6

const itemNotFound = () => notFound('没有找到该事项，它可能已调整，请返回重新搜索')

export function catalogHandlers({ repos, search, sql }: HandlerDeps): Pick<Handlers, CatalogKeys> {
  const pageAnswers = answersPer<ListedPage, ItemPage>()
  const guideAnswers = answersPer<StoredGuide, Guide>()
  /** A bundle's page merges its members' materials and forms: done once per catalog version and day. */
  async function bundleDetail(id: string, today: string) {
    const bundle = await repos.bundles.find(id, today)
    if (!bundle) return null
    const [items, materials, fields] = await Promise.all([
      repos.catalog.summaries(bundle.itemIds),
      repos.catalog.materialsOf(bundle.itemIds),
      repos.catalog.fieldsOf(bundle.itemIds),
    ])
    const members = items.map((item) => ({
      name: item.name,
      materials: materials.get(item.id) ?? [],
      fields: fields.get(item.id) ?? [],
    }))
    return {
      id: bundle.id,
      name: bundle.name,
      scene: bundle.scene,
      audience: bundle.audience,
      description: bundle.description,
      items,
      ...mergeMembers(members, fieldsProducedBy(bundle.id)),
      promisedDays: bundle.promised_days,
      separateDays: items.reduce((sum, item) => sum + item.promisedDays, 0),
      visits: bundle.visits,
      separateVisits: items.reduce((sum, item) => sum + item.visits, 0),
    }
  }
  const bundleDetails = catalogCache<Awaited<ReturnType<typeof bundleDetail>>>(sql, 200)
  const bundleLists = catalogCache<Awaited<ReturnType<typeof repos.bundles.list>>>(sql, 2)

  return {
    'GET /api/v1/catalog/facets': (_input, ctx) => repos.facets.all(beijingDate(ctx.now)),

    'GET /api/v1/catalog/items': async (
      { query: { page = 1, pageSize = DEFAULT_PAGE_SIZE, ...filter } },
      ctx,
    ) => {
      const found = await repos.catalog.list(
        { ...filter, today: beijingDate(ctx.now) },
        page,
        pageSize,
      )
      // Kept with the cached page it is made of: built and encoded once.
      return pageAnswers(found, `${page}/${pageSize}`, () => ({ ...found, page, pageSize }))
    },

    'GET /api/v1/catalog/items/:id': async ({ params }, ctx) => {
      const guide = await repos.catalog.guide(params.id)
      if (!guide) throw itemNotFound()
      const { extras, retiredOn, updatedOn, ...rest } = guide
      if (retiredOn !== null && retiredBy(retiredOn, beijingDate(ctx.now))) {
        throw new ApiError(
          404,
          'CATALOG_ITEM_RETIRED',
          `该事项已于${formatChineseDate(retiredOn)}废止，请返回重新搜索现行事项`,
        )
      }
      const favorite = await repos.favorites.has(ctx.session.userId, params.id)
      // Two answers per cached guide, starred or not, each built and encoded once.
      return guideAnswers(guide, String(favorite), () => ({
        ...rest,
        ...(updatedOn !== null && { updatedOn }),
        conditions: extras.conditions,
        steps: extras.steps,
        fee: extras.fee,
        basis: extras.basis,
        faqs: extras.faqs,
        consultPhone: extras.consultPhone,
        complaint: extras.complaint,
        favorite,
      }))
    },

    'GET /api/v1/catalog/search': async ({ query }, ctx) => {
      const today = beijingDate(ctx.now)
      const index = await search()
      const started = performance.now()
      const found = index.searchCatalog(query.q, { audience: query.audience, limit: query.limit })
      const tookMs = Math.round((performance.now() - started) * 1000) / 1000
      const [summaries, bundleList] = await Promise.all([
        repos.catalog.summaries(found.items.map((hit) => hit.id)),
        found.bundles.length > 0 ? repos.bundles.list(today) : Promise.resolve([]),
      ])
      const items = new Map(
        summaries.filter((i) => !retiredBy(i.retiredOn, today)).map((i) => [i.id, i]),
      )
      const hits = found.items.flatMap(({ id, ref, terms }) => {
        const item = items.get(id)
        return item ? [{ item, matchedBy: ref.matchedBy, highlight: ref.highlight, terms }] : []
      })
      const bundleById = new Map(bundleList.map((b) => [b.id, b]))
      const bundles = found.bundles.flatMap(({ id, terms }) => {
        const bundle = bundleById.get(id)
        return bundle ? [{ bundle, terms }] : []
      })
      const related =
        hits.length + bundles.length > 0
          ? []
          : (await repos.catalog.list({ audience: query.audience, today }, 1, RELATED_COUNT)).items
      return { hits, bundles, related, tookMs }
    },

    'GET /api/v1/catalog/bundles': async (_input, ctx) => {
      const today = beijingDate(ctx.now)
      return { items: await bundleLists(today, () => repos.bundles.list(today)) }
    },

    'GET /api/v1/catalog/bundles/:id': async ({ params }, ctx) => {
      const today = beijingDate(ctx.now)
      const bundle = await bundleDetails(`${params.id}|${today}`, () =>
        bundleDetail(params.id, today),
      )
      if (!bundle) throw notFound('没有找到该“一件事”，请返回列表重新选择')
      return bundle
    },
  }
}
