import type {
  AdminQrCode,
  AdminQrZone,
  CodeIssue,
  QrWallSheet,
} from '../../../src/services/contract'
import { qrLink } from '../../../src/services/contract'
import { inTransaction } from '../../db/engine'
import { ApiError, notFound } from '../../http/errors'
import type { Handlers } from '../../http/types'
import { recordChange } from '../admin/audit-repository'
import { cacheByVersion, catalogVersion, contentVersion } from '../catalog/version-cache'
import type { HandlerDeps } from '../deps'
import { createQrAdminRepo, type QrAdminRepo } from './admin-repository'
import { randomCodeId, stableCodeId } from './code-id'
import { wallSheet } from './wall-sheet'
import { keptAnswer } from '../../http/kept-answer'

type QrAdminKeys =
  | 'GET /api/v1/admin/qr/zones'
  | 'POST /api/v1/admin/qr/zones'
  | 'POST /api/v1/admin/qr/zones/:id'
  | 'POST /api/v1/admin/qr/zones/:id/codes'
  | 'POST /api/v1/admin/qr/codes/:id/revoke'
  | 'GET /api/v1/admin/qr/zones/:id/wall'

type CodeRow = NonNullable<Awaited<ReturnType<QrAdminRepo['code']>>>

const zoneNotFound = () => notFound('没有找到该一码通专区，请刷新列表后重试')
const unknownTarget = (message: string) => new ApiError(400, 'QR_TARGET_UNKNOWN', message)

const toCode = (row: CodeRow): AdminQrCode => ({
  id: row.id,
  kind: row.kind,
  targetId: row.target_id,
  title: row.title,
  position: row.position,
  revokedAt: row.revoked_at,
})

/** The issued code must lead somewhere: an item's guide, a point's 取号, or a campaign. */
async function requireTarget(admin: QrAdminRepo, code: CodeIssue): Promise<void> {
  if (code.kind === 'guide' && !(await admin.itemExists(code.targetId)))
    throw unknownTarget(`没有找到事项“${code.targetId}”，请从事项列表中选择办事指南`)
  if (code.kind === 'queue' && !(await admin.pointExists(code.targetId)))
    throw unknownTarget(`没有找到网点“${code.targetId}”，请选择取号的服务网点`)
  if (code.kind === 'campaign' && !(await admin.campaignExists(code.targetId)))
    throw unknownTarget(`没有找到活动“${code.targetId}”，请核对活动编号`)
}

/** 管理后台：一码通专区. Printed codes are never deleted, only revoked, so a scan can say so. */
export function qrAdminHandlers({ repos, sql, qrKey }: HandlerDeps): Pick<Handlers, QrAdminKeys> {
  const admin = createQrAdminRepo(sql)
  // Zones and codes move the 'qr' version on (migration 40), from any process; the list also
  // names each zone's point, which moves the catalog's. Both only grow, so their sum moves on
  // with either.
  const qrVersion = () => contentVersion(sql, 'qr')
  const zoneLists = cacheByVersion<AdminQrZone[]>(
    sql,
    async () => (await qrVersion()) + (await catalogVersion(sql)),
    1,
  )
  const walls = cacheByVersion<QrWallSheet | null>(sql, qrVersion, 20)
  const zoneList = () => zoneLists('all', readZoneList)
  const readZoneList = async (): Promise<AdminQrZone[]> => {
    const zones = await admin.zones()
    const codes = await admin.codes(zones.map((z) => z.id))
    return zones.map((z) => ({
      id: z.id,
      name: z.name,
      pointId: z.point_id,
      pointName: z.point_name ?? z.point_id,
      description: z.description,
      editedAt: z.edited_at,
      codes: codes.filter((c) => c.zone_id === z.id).map(toCode),
    }))
  }
  const zoneOf = async (id: string) => {
    const zone = (await zoneList()).find((z) => z.id === id)
    if (!zone) throw zoneNotFound()
    return zone
  }
  const requirePoint = async (pointId: string) => {
    if (!(await admin.pointExists(pointId)))
      throw unknownTarget(`没有找到网点“${pointId}”，请从网点列表中选择专区所在网点`)
  }
  return {
    'GET /api/v1/admin/qr/zones': async () => ({ items: await zoneList() }),
    // Creating handlers already run in the transaction that claims the Idempotency-Key.
    'POST /api/v1/admin/qr/zones': async ({ body }, ctx) => {
      await requirePoint(body.pointId)
      const at = ctx.now.toISOString()
      if (!(await admin.createZone(body, at)))
        throw new ApiError(409, 'QR_ZONE_EXISTS', `专区编号“${body.id}”已被使用，请换一个编号`)
      await repos.qr.insertCode({
        id: stableCodeId('zone', body.id),
        kind: 'zone',
        target_id: body.id,
        title: body.name,
        zone_id: body.id,
        expires_at: null,
        created_at: at,
      })
      await recordChange(sql, {
        actorId: ctx.session.userId,
        action: 'qr.zone_created',
        target: { kind: 'qr_zone', id: body.id },
        summary: `新建一码通专区“${body.name}”`,
        before: null,
        after: { name: body.name, pointId: body.pointId, description: body.description },
        at,
      })
      return zoneOf(body.id)
    },
    'POST /api/v1/admin/qr/zones/:id': async ({ params, body }, ctx) => {
      await requirePoint(body.pointId)
      const at = ctx.now.toISOString()
      await inTransaction(sql, async () => {
        const before = await repos.qr.zone(params.id)
        if (!before) throw zoneNotFound()
        await admin.editZone(params.id, body, at)
        await recordChange(sql, {
          actorId: ctx.session.userId,
          action: 'qr.zone_edited',
          target: { kind: 'qr_zone', id: params.id },
          summary: `修改一码通专区“${body.name}”`,
          before: { name: before.name, pointId: before.point_id, description: before.description },
          after: { ...body },
          at,
        })
      })
      return zoneOf(params.id)
    },
    'POST /api/v1/admin/qr/zones/:id/codes': async ({ params, body }, ctx) => {
      const zone = await repos.qr.zone(params.id)
      if (!zone) throw zoneNotFound()
      await requireTarget(admin, body)
      const at = ctx.now.toISOString()
      const id = randomCodeId()
      await admin.issueCode(id, zone.id, body, at)
      await recordChange(sql, {
        actorId: ctx.session.userId,
        action: 'qr.code_issued',
        target: { kind: 'qr_code', id },
        summary: `在“${zone.name}”签发码“${body.title}”`,
        before: null,
        after: { zoneId: zone.id, ...body },
        at,
      })
      const row = await admin.code(id)
      if (!row) throw zoneNotFound()
      return toCode(row)
    },
    'POST /api/v1/admin/qr/codes/:id/revoke': async ({ params }, ctx) => {
      const at = ctx.now.toISOString()
      return inTransaction(sql, async () => {
        const row = await admin.code(params.id)
        if (!row) throw notFound('没有找到该二维码，请刷新列表后重试')
        if (!(await admin.revoke(row.id, at)))
          throw new ApiError(409, 'QR_CODE_REVOKED', '这个码已经停用，无需再次停用')
        await recordChange(sql, {
          actorId: ctx.session.userId,
          action: 'qr.code_revoked',
          target: { kind: 'qr_code', id: row.id },
          summary: `停用码“${row.title}”`,
          before: { revokedAt: null },
          after: { revokedAt: at },
          at,
        })
        return toCode({ ...row, revoked_at: at })
      })
    },
    'GET /api/v1/admin/qr/zones/:id/wall': async ({ params }) => {
      const wall = await walls(params.id, async () => {
        const sheet = await wallSheet(repos, qrKey, params.id)
        return (
          sheet &&
          keptAnswer({
            zone: sheet.zone,
            html: sheet.html,
            codes: sheet.cells.map((c) => ({
              title: c.title,
              payload: c.payload,
              link: qrLink(c.payload),
            })),
          })
        )
      })
      if (!wall) throw zoneNotFound()
      return wall
    },
  }
}
