import { inTransaction } from '../../db/engine'
import { notFound } from '../../http/errors'
import type { AdminLawyer } from '../../../src/services/contract'
import type { Handlers } from '../../http/types'
import { recordChange } from '../admin/audit-repository'
import { consoleCache } from '../admin/console-version'
import type { HandlerDeps } from '../deps'
import { lawyerState, toAdminLawyer } from './admin-view'
import type { LawyerAdminRow } from './lawyers-repository'

type AdminLawyerKeys =
  | 'GET /api/v1/admin/lawyers'
  | 'POST /api/v1/admin/lawyers/:id'
  | 'POST /api/v1/admin/lawyers/:id/pause'
  | 'POST /api/v1/admin/lawyers/:id/resume'

const SUMMARY = { edited: '修改律师资料', paused: '律师暂停接受咨询', resumed: '律师恢复接受咨询' }

/** 管理后台 · 律师 (the console guard admits administrators only). Every change is audited. */
export function adminLawyerHandlers({ repos, sql }: HandlerDeps): Pick<Handlers, AdminLawyerKeys> {
  const lawyers = repos.lawyers
  // Lawyers and their grants move the console version on (migration 41), from any process.
  const lists = consoleCache<AdminLawyer[]>(sql, 1)
  const found = async (id: string): Promise<LawyerAdminRow> => {
    const row = await lawyers.find(id)
    if (!row) throw notFound('没有找到该律师，请刷新列表后重试')
    return row
  }
  const audited = (
    id: string,
    actorId: string,
    at: string,
    verb: keyof typeof SUMMARY,
    change: () => Promise<boolean>,
  ) =>
    inTransaction(sql, async () => {
      const before = await found(id)
      if (!(await change())) return toAdminLawyer(before)
      const after = await found(id)
      await recordChange(sql, {
        actorId,
        action: `lawyer.${verb}`,
        target: { kind: 'lawyer', id },
        summary: `${SUMMARY[verb]}（${after.name}）`,
        before: lawyerState(before),
        after: lawyerState(after),
        at,
      })
      return toAdminLawyer(after)
    })
  return {
    'GET /api/v1/admin/lawyers': async () => ({
      items: await lists('all', async () => (await lawyers.all()).map(toAdminLawyer)),
    }),
    'POST /api/v1/admin/lawyers/:id': ({ params, body }, ctx) => {
      const at = ctx.now.toISOString()
      return audited(params.id, ctx.session.userId, at, 'edited', async () => {
        await lawyers.edit(params.id, body, at)
        return true
      })
    },
    'POST /api/v1/admin/lawyers/:id/pause': ({ params }, ctx) => {
      const at = ctx.now.toISOString()
      return audited(params.id, ctx.session.userId, at, 'paused', () =>
        lawyers.pause(params.id, at),
      )
    },
    'POST /api/v1/admin/lawyers/:id/resume': ({ params }, ctx) => {
      const at = ctx.now.toISOString()
      return audited(params.id, ctx.session.userId, at, 'resumed', () =>
        lawyers.resume(params.id, at),
      )
    },
  }
}
