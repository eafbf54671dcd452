import { randomUUID } from 'node:crypto'
import * as z from 'zod/mini'
import { MaterialEdit, type ConsoleMaterial } from '../../../../src/services/contract'
import { inTransaction } from '../../../db/engine'
import { ApiError, notFound } from '../../../http/errors'
import { answersPer } from '../../../http/kept-answer'
import type { Handlers } from '../../../http/types'
import { recordChange } from '../../admin/audit-repository'
import type { HandlerDeps } from '../../deps'
import { catalogCache } from '../version-cache'
import { createMaterialRepo } from './material-repository'
import { takeOver } from './state'

type Keys =
  | 'GET /api/v1/admin/catalog/materials'
  | 'POST /api/v1/admin/catalog/materials'
  | 'POST /api/v1/admin/catalog/materials/:id'

const nameTaken = (name: string) =>
  new ApiError(
    409,
    'CATALOG_MATERIAL_NAME_TAKEN',
    `材料库里已有“${name}”，请直接使用它，或换一个能区分的名称`,
  )
const materialNotFound = () => notFound('没有找到该材料，请刷新材料库后重试')

/**
 * The material as the console is shown it: its editable fields checked and cleaned by the edit
 * schema (as the answer's schema did per request before), once per catalog version.
 */
const checked = (m: ConsoleMaterial): ConsoleMaterial => ({ ...m, ...z.parse(MaterialEdit, m) })

const stateOf = (m: MaterialEdit): MaterialEdit => ({
  name: m.name,
  form: m.form,
  copies: m.copies,
  ecert: m.ecert,
  sample: m.sample,
  note: m.note,
})

/** 管理后台 · 材料库. A write takes the catalog over: the seed never replaces it again. */
export function consoleMaterialHandlers({ sql }: HandlerDeps): Pick<Handlers, Keys> {
  const materials = createMaterialRepo(sql)
  // The library with each material's item count is an aggregate over the whole catalog: kept
  // per catalog version, which every write to materials and item materials moves on (triggers).
  const lists = catalogCache<ConsoleMaterial[]>(sql, 16)
  // The answer kept with the cached list it is made of: built and encoded once per version.
  const listAnswers = answersPer<ConsoleMaterial[], { items: ConsoleMaterial[] }>()
  const found = async (id: string): Promise<ConsoleMaterial> => {
    const material = await materials.find(id)
    if (!material) throw materialNotFound()
    return material
  }
  return {
    'GET /api/v1/admin/catalog/materials': async ({ query }) => {
      const items = await lists(query.q ?? '', async () =>
        (await materials.list(query.q)).map(checked),
      )
      return listAnswers(items, '', () => ({ items }))
    },
    'POST /api/v1/admin/catalog/materials': async ({ body }, ctx) => {
      const id = `mat-${randomUUID().slice(0, 8)}`
      const at = ctx.now.toISOString()
      await inTransaction(sql, async () => {
        if (await materials.nameTaken(body.name, null)) throw nameTaken(body.name)
        if (!(await materials.insert(id, body))) throw nameTaken(body.name)
        await takeOver(sql, ctx.session.userId, at)
        await materials.moveCatalogVersion()
        await recordChange(sql, {
          actorId: ctx.session.userId,
          action: 'catalog.material_created',
          target: { kind: 'material', id },
          summary: `新增材料“${body.name}”`,
          before: null,
          after: stateOf(body),
          at,
        })
      })
      return checked(await found(id))
    },
    'POST /api/v1/admin/catalog/materials/:id': async ({ params, body }, ctx) => {
      const at = ctx.now.toISOString()
      await inTransaction(sql, async () => {
        const before = await found(params.id)
        if (await materials.nameTaken(body.name, params.id)) throw nameTaken(body.name)
        if (!(await materials.update(params.id, body))) throw nameTaken(body.name)
        await takeOver(sql, ctx.session.userId, at)
        await materials.moveCatalogVersion()
        await recordChange(sql, {
          actorId: ctx.session.userId,
          action: 'catalog.material_edited',
          target: { kind: 'material', id: params.id },
          summary: `修改材料“${body.name}”`,
          before: stateOf(before),
          after: stateOf(body),
          at,
        })
      })
      return checked(await found(params.id))
    },
  }
}
