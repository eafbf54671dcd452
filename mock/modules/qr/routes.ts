import { beijingDate, qrLink } from '../../../src/services/contract'
import { forbidden, requireRole } from '../../auth/roles'
import { ApiError, notFound } from '../../http/errors'
import type { Handlers } from '../../http/types'
import { randomCodeId } from './code-id'
import { takeTicket, ticketOf, ticketPoint, toTicket } from './queue'
import { recordScan, resolveScan } from './resolve'
import { signPayload, type QrKind } from './sign'
import type { HandlerDeps } from '../deps'
import { inTransaction } from '../../db/engine'
import { boundedMemo } from '../bounded-memo'

/** Signed links of printed codes kept (a district prints a few thousand). */
const SIGNED_LINKS_KEPT = 10_000

/** What a code on a zone's wall opens. */
function actionOf(kind: QrKind, target: string) {
  if (kind === 'guide') return { kind: 'guide' as const, itemId: target }
  if (kind === 'queue') return { kind: 'queue' as const, pointId: target }
  if (kind === 'campaign') return { kind: 'campaign' as const, campaignId: target }
  return { kind: 'zone' as const, zoneId: target }
}

type QrKeys =
  | 'POST /api/v1/qr/resolve'
  | 'GET /api/v1/qr/scans'
  | 'GET /api/v1/qr/zones/:id'
  | 'POST /api/v1/queue/tickets'
  | 'GET /api/v1/queue/tickets/:id'
  | 'GET /api/v1/campaigns/:id'
  | 'POST /api/v1/campaigns/:id/claims'
  | 'POST /api/v1/staff/qr-codes'
  | 'POST /api/v1/staff/qr-codes/:id/revoke'
  | 'POST /api/v1/staff/queue/call-next'

export function qrHandlers({ repos, sql, qrKey }: HandlerDeps): Pick<Handlers, QrKeys> {
  // A code's link never expires and depends on its kind and id only: signed once, not per look.
  const links = boundedMemo<string>(SIGNED_LINKS_KEPT)
  const linkOf = (kind: QrKind, id: string) =>
    links(`${kind}:${id}`, () => qrLink(signPayload(qrKey, kind, id)))
  const campaignOf = async (id: string, userId: string) => {
    const campaign = await repos.qr.pages.campaign(id, userId)
    if (!campaign) throw notFound('没有找到该活动，可能已结束')
    const { benefits_json: stored, claimed_at: claimedAt, ...shown } = campaign
    return { ...shown, benefits: JSON.parse(stored) as string[], claimedAt }
  }
  // Residents trust ✓ 官方码: codes are issued and revoked by the district, not by any desk.
  const requireDistrict = async (userId: string) => {
    if (!(await repos.roles.holds(userId, 'admin'))) {
      throw forbidden('一码通二维码由区政务服务管理部门统一签发和停用，请联系管理员')
    }
  }
  return {
    'POST /api/v1/qr/resolve': async ({ body }, ctx) => {
      const { resolution, code } = await resolveScan(repos, qrKey, body.text, ctx.now)
      await recordScan(repos, ctx.session.userId, resolution, code, ctx.now)
      return resolution
    },
    'GET /api/v1/qr/scans': async (_input, ctx) => ({
      items: (await repos.qr.scans(ctx.session.userId)).map((s) => ({
        id: s.id,
        at: s.at,
        official: s.official === 1,
        title: s.title,
      })),
    }),
    'GET /api/v1/qr/zones/:id': async ({ params }) => {
      const rows = await repos.qr.pages.zone(params.id)
      const [zone] = rows
      if (!zone) throw notFound('没有找到该服务专区')
      const services = rows.flatMap(({ code_id: id, kind, target_id: target, title }) =>
        id === null || kind === null || target === null || title === null
          ? []
          : [{ title, link: linkOf(kind, id), action: actionOf(kind, target) }],
      )
      return {
        id: zone.id,
        name: zone.name,
        pointId: zone.point_id,
        pointName: zone.point_name ?? '',
        description: zone.description,
        services,
      }
    },
    'POST /api/v1/queue/tickets': async ({ body }, ctx) => {
      const point = await ticketPoint(repos, body.pointId)
      return toTicket(
        repos,
        await inTransaction(sql, () => takeTicket(repos, ctx.session.userId, point, ctx.now)),
      )
    },
    'GET /api/v1/queue/tickets/:id': async ({ params }, ctx) => {
      const row = await repos.qr.pages.ticket(params.id)
      if (!row || row.user_id !== ctx.session.userId) throw notFound('没有找到该号码，请重新取号')
      return ticketOf(row, row.status === 'waiting' ? Number(row.ahead) : 0, row.point_name)
    },
    'GET /api/v1/campaigns/:id': ({ params }, ctx) => campaignOf(params.id, ctx.session.userId),
    'POST /api/v1/campaigns/:id/claims': async ({ params }, ctx) => {
      await campaignOf(params.id, ctx.session.userId)
      await repos.qr.claim(params.id, ctx.session.userId, ctx.now.toISOString())
      return campaignOf(params.id, ctx.session.userId)
    },
    'POST /api/v1/staff/qr-codes': async ({ body }, ctx) => {
      await requireDistrict(ctx.session.userId)
      const expiresAt = body.expiresAt === undefined ? undefined : new Date(body.expiresAt)
      if (expiresAt && expiresAt <= ctx.now) {
        throw new ApiError(400, 'EXPIRY_PAST', '有效期已过，请选择今后的时间')
      }
      if (body.zoneId !== undefined && !(await repos.qr.zone(body.zoneId))) {
        throw notFound('没有找到该服务专区')
      }
      const id = randomCodeId()
      await repos.qr.insertCode({
        id,
        kind: body.kind,
        target_id: body.targetId,
        title: body.title,
        zone_id: body.zoneId ?? null,
        expires_at: expiresAt?.toISOString() ?? null,
        created_at: ctx.now.toISOString(),
      })
      const payload = signPayload(qrKey, body.kind, id, expiresAt)
      return { id, payload, link: qrLink(payload) }
    },
    'POST /api/v1/staff/qr-codes/:id/revoke': async ({ params }, ctx) => {
      await requireDistrict(ctx.session.userId)
      if (!(await repos.qr.revoke(params.id, ctx.now.toISOString()))) {
        throw notFound('没有找到该二维码')
      }
      return { ok: true as const }
    },
    'POST /api/v1/staff/queue/call-next': async ({ body }, ctx) => {
      const point = (await repos.servicePoints.findById(body.pointId))?.name ?? '该网点'
      await requireRole(repos, ctx.session.userId, 'window', {
        id: body.pointId,
        outOfScope: `您不是${point}的窗口工作人员，只能为本网点叫号`,
      })
      const called = await repos.qr.callNext(
        body.pointId,
        beijingDate(ctx.now),
        ctx.now.toISOString(),
      )
      if (!called) throw notFound('现在没有等候的办事人')
      return toTicket(repos, called)
    },
  }
}
