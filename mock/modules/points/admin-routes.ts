import { randomUUID } from 'node:crypto'
import type {
  AdminPoint,
  AdminPointDetail,
  CatalogItemOption,
  CatalogItemOptions,
  PointEdit,
  PointItem,
} from '../../../src/services/contract'
import { spansOn } from '../booking/calendar'
import { closeBookings, closedNote } from '../booking/closures'
import { inTransaction } from '../../db/engine'
import { ApiError, notFound } from '../../http/errors'
import type { Handlers } from '../../http/types'
import { answersPer, keptAnswer } from '../../http/kept-answer'
import { recordChange } from '../admin/audit-repository'
import type { HandlerDeps } from '../deps'
import { catalogCache } from '../catalog/version-cache'
import { createPointAdminRepo } from './admin-repository'
import { insideBaotou, normalisedHours, problemsOfHours } from './hours-rules'
import { matchingOptions } from './item-options'
import { pointItemsPage } from './point-items-page'

/** A point and every item it handles, kept per catalog version; pages are cut from it. */
interface WholePoint {
  point: AdminPoint
  items: PointItem[]
}

type PointAdminKeys =
  | 'GET /api/v1/admin/points'
  | 'POST /api/v1/admin/points'
  | 'GET /api/v1/admin/points/item-options'
  | 'GET /api/v1/admin/points/:id'
  | 'POST /api/v1/admin/points/:id'
  | 'POST /api/v1/admin/points/:id/items'

const pointNotFound = () => notFound('没有找到该服务网点，请刷新列表后重试')

/** The same rules for a new point as for an edit: hours that make sense, a place in 包头. */
function checkPoint(body: PointEdit): void {
  const problems = problemsOfHours(body.hours)
  if (problems.length > 0)
    throw new ApiError(
      400,
      'POINT_HOURS_INVALID',
      `营业时间有误，请修改后再保存：${problems.slice(0, 3).join('；')}`,
    )
  if (!insideBaotou(body.latitude, body.longitude))
    throw new ApiError(
      400,
      'POINT_OUTSIDE_DISTRICT',
      '坐标不在包头市范围内，请在地图上重新取点（纬度约40.2–42.8，经度约109.2–111.5）',
    )
}

const stateOf = (p: PointEdit) => ({
  name: p.name,
  street: p.street,
  address: p.address,
  phone: p.phone,
  latitude: p.latitude,
  longitude: p.longitude,
  hours: p.hours,
  features: p.features,
})

/** 管理后台：服务网点. A saved point is the console's from then on (the seed skips it). */
export function pointAdminHandlers({ repos, sql }: HandlerDeps): Pick<Handlers, PointAdminKeys> {
  const admin = createPointAdminRepo(sql)
  // Points, the items they handle and the catalog's items all move the catalog's version on
  // (migrations 22 and 38), from any process: the console's reads are kept per version.
  const wholePoints = catalogCache<WholePoint | null>(sql, 50)
  const details = catalogCache<AdminPointDetail | null>(sql, 500)
  const lists = catalogCache<AdminPoint[]>(sql, 1)
  const allOptions = catalogCache<CatalogItemOption[]>(sql, 1)
  const optionPages = catalogCache<CatalogItemOptions>(sql, 200)
  // Answers kept with the cached list they are made of: built and encoded once per version.
  const listAnswers = answersPer<AdminPoint[], { items: AdminPoint[] }>()
  const readWhole = async (id: string): Promise<WholePoint | null> => {
    const point = await repos.servicePoints.findById(id)
    if (!point) return null
    const [items, editedAt] = await Promise.all([admin.items(id), admin.editedAtOf(id)])
    return { point: { ...point, editedAt, itemCount: items.length }, items }
  }
  const detail = async (id: string, q?: string, page = 1): Promise<AdminPointDetail> => {
    const found = await details(JSON.stringify([id, q ?? '', page]), async () => {
      const whole = await wholePoints(id, () => readWhole(id))
      return whole && keptAnswer({ point: whole.point, ...pointItemsPage(whole.items, q, page) })
    })
    if (!found) throw pointNotFound()
    return found
  }
  const readList = async (): Promise<AdminPoint[]> => {
    const [points, counts, edited] = await Promise.all([
      repos.servicePoints.list({}),
      repos.catalog.itemCountByPoint(),
      admin.editedAt(),
    ])
    return points.map((p) => ({
      ...p,
      editedAt: edited.get(p.id) ?? null,
      itemCount: counts.get(p.id) ?? 0,
    }))
  }
  return {
    'GET /api/v1/admin/points': async () => {
      const items = await lists('all', readList)
      return listAnswers(items, '', () => ({ items }))
    },
    'POST /api/v1/admin/points': async ({ body }, ctx) => {
      checkPoint(body)
      const id = `sp-new-${randomUUID().slice(0, 8)}`
      const at = ctx.now.toISOString()
      const point = { ...body, hours: normalisedHours(body.hours) }
      await inTransaction(sql, async () => {
        if (await admin.nameTaken(point.name))
          throw new ApiError(
            409,
            'POINT_NAME_TAKEN',
            `已有名为“${point.name}”的服务网点，请换一个能区分的名称`,
          )
        await admin.insert(id, point, at)
        await recordChange(sql, {
          actorId: ctx.session.userId,
          action: 'point.created',
          target: { kind: 'service_point', id },
          summary: `新增服务网点“${point.name}”`,
          before: null,
          after: { kind: point.kind, ...stateOf(point) },
          at,
        })
      })
      return detail(id)
    },
    'GET /api/v1/admin/points/item-options': ({ query }) =>
      optionPages(query.q ?? '', async () =>
        keptAnswer(matchingOptions(await allOptions('all', admin.itemOptions), query.q)),
      ),
    'GET /api/v1/admin/points/:id': ({ params, query }) =>
      detail(params.id, query.q, query.page ?? 1),
    'POST /api/v1/admin/points/:id': async ({ params, body }, ctx) => {
      checkPoint(body)
      const at = ctx.now.toISOString()
      const edit = { ...body, hours: normalisedHours(body.hours) }
      const closedBookings = await inTransaction(sql, async () => {
        const before = await repos.servicePoints.findById(params.id)
        if (!before) throw pointNotFound()
        await admin.update(params.id, edit, at)
        const closed = await closeBookings(
          repos,
          {
            pointId: params.id,
            reason: () => `因${edit.name}办公时间调整`,
            spansAfter: (row) => Promise.resolve(spansOn(edit.hours, row.day)),
          },
          ctx.now,
        )
        await recordChange(sql, {
          actorId: ctx.session.userId,
          action: 'point.edited',
          target: { kind: 'service_point', id: params.id },
          summary: `修改服务网点“${edit.name}”${closedNote(closed)}`,
          before: stateOf(before),
          after: stateOf({ ...before, ...edit }),
          at,
        })
        return closed
      })
      return { ...(await detail(params.id)), closedBookings }
    },
    'POST /api/v1/admin/points/:id/items': async ({ params, body }, ctx) => {
      const ids = [...body.set.map((i) => i.itemId), ...body.remove]
      const repeated = ids.filter((id, i) => ids.indexOf(id) !== i)
      if (repeated.length > 0)
        throw new ApiError(
          400,
          'POINT_ITEM_UNKNOWN',
          `事项重复：${repeated[0]}，每个事项只保留一行`,
        )
      const unknown = await admin.unknownItems(body.set.map((i) => i.itemId))
      if (unknown.length > 0)
        throw new ApiError(
          400,
          'POINT_ITEM_UNKNOWN',
          `没有找到事项：${unknown.slice(0, 3).join('、')}，请从事项列表中选择`,
        )
      const at = ctx.now.toISOString()
      await inTransaction(sql, async () => {
        const point = await repos.servicePoints.findById(params.id)
        if (!point) throw pointNotFound()
        const before = await admin.itemsAmong(params.id, ids)
        await admin.changeItems(params.id, body, at)
        const removed = before.filter((i) => body.remove.includes(i.itemId)).length
        await recordChange(sql, {
          actorId: ctx.session.userId,
          action: 'point.items_set',
          target: { kind: 'service_point', id: params.id },
          summary: `设置“${point.name}”可办事项：添加或修改${body.set.length}项，移除${removed}项`,
          before: { items: before },
          after: { items: body.set, removed: body.remove },
          at,
        })
      })
      return detail(params.id)
    },
  }
}
