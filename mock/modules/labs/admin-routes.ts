import { inTransaction } from '../../db/engine'
import { notFound } from '../../http/errors'
import type { AdminLab } from '../../../src/services/contract'
import type { Handlers } from '../../http/types'
import { recordChange } from '../admin/audit-repository'
import { consoleCache } from '../admin/console-version'
import type { HandlerDeps } from '../deps'
import { labState, toAdminLab } from './admin-view'
import type { LabRow } from './labs-repository'

type AdminLabKeys =
  | 'GET /api/v1/admin/labs'
  | 'POST /api/v1/admin/labs/:id'
  | 'POST /api/v1/admin/labs/:id/hide'
  | 'POST /api/v1/admin/labs/:id/show'

const missing = () => notFound('没有找到该检测机构，请刷新列表后重试')

/** 管理后台 · 检测机构 (the console guard admits administrators only). Every change is audited. */
export function adminLabHandlers({ repos, sql }: HandlerDeps): Pick<Handlers, AdminLabKeys> {
  const labs = repos.labs
  // Every write to labs moves the console version on (migration 41), from any process.
  const lists = consoleCache<AdminLab[]>(sql, 1)
  const found = async (id: string): Promise<LabRow> => {
    const row = await labs.find(id)
    if (!row) throw missing()
    return row
  }
  /** Runs `change`, then records before and after in the same transaction. */
  const audited = (
    id: string,
    actorId: string,
    at: string,
    verb: 'edited' | 'hidden' | 'shown',
    change: (before: LabRow) => Promise<boolean>,
  ) =>
    inTransaction(sql, async () => {
      const before = await found(id)
      if (!(await change(before))) return before
      const after = await found(id)
      const summary = { edited: '修改检测机构', hidden: '下架检测机构', shown: '上架检测机构' }[
        verb
      ]
      await recordChange(sql, {
        actorId,
        action: `lab.${verb}`,
        target: { kind: 'lab', id },
        summary: `${summary}（${after.name}）`,
        before: labState(before),
        after: labState(after),
        at,
      })
      return after
    })
  return {
    'GET /api/v1/admin/labs': async () => ({
      items: await lists('all', async () => (await labs.all()).map(toAdminLab)),
    }),
    'POST /api/v1/admin/labs/:id': async ({ params, body }, ctx) => {
      const at = ctx.now.toISOString()
      const row = await audited(params.id, ctx.session.userId, at, 'edited', async (before) => {
        await labs.edit(before.id, body, at)
        return true
      })
      return toAdminLab(row)
    },
    'POST /api/v1/admin/labs/:id/hide': async ({ params }, ctx) => {
      const at = ctx.now.toISOString()
      return toAdminLab(
        await audited(params.id, ctx.session.userId, at, 'hidden', (b) => labs.hide(b.id, at)),
      )
    },
    'POST /api/v1/admin/labs/:id/show': async ({ params }, ctx) => {
      const at = ctx.now.toISOString()
      return toAdminLab(
        await audited(params.id, ctx.session.userId, at, 'shown', (b) => labs.show(b.id, at)),
      )
    },
  }
}
