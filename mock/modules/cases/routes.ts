import { caseForm } from './form'
import { catalogToday } from '../catalog/repository'
import { catalogCache } from '../catalog/version-cache'
import { isOpen } from './machine'
import { followUpCase, rateCase } from './rating'
import { actOnCase, requireAssigned, requireHelper, type StaffAction } from './staff'
import { requireOwn, resubmitCase } from './submit'
import { submitOnBehalf } from '../family/cases'
import { toCaseDetail, toCaseSummaries, withPeopleDetail } from './view'
import type { CaseRow } from './repository'
import type { Handlers, RequestContext } from '../../http/types'
import type { HandlerDeps } from '../deps'
import type { CaseForm } from '../../../src/services/contract'
import {
  caseStepMessage,
  followUpMessage,
  proxyUsedMessage,
  type MessageDraft,
} from '../messages/builders'

type CaseKeys =
  | 'GET /api/v1/cases/form'
  | 'POST /api/v1/cases'
  | 'GET /api/v1/cases'
  | 'GET /api/v1/cases/:id'
  | 'POST /api/v1/cases/:id/resubmit'
  | 'GET /api/v1/staff/cases'
  | 'GET /api/v1/staff/cases/:id'
  | 'POST /api/v1/staff/cases/:id/accept'
  | 'POST /api/v1/staff/cases/:id/correction'
  | 'POST /api/v1/staff/cases/:id/finish'
  | 'POST /api/v1/staff/cases/:id/refuse'
  | 'POST /api/v1/cases/:id/rating'
  | 'POST /api/v1/staff/cases/:id/follow-up'

export function caseHandlers({ repos, notify, sql }: HandlerDeps): Pick<Handlers, CaseKeys> {
  // The form is the catalog's (its items, materials and fields) as of the day: merged once per
  // catalog version, day and source rather than on every look.
  const forms = catalogCache<CaseForm>(sql, 1000)
  const detail = async (row: CaseRow | Promise<CaseRow>, now: Date) =>
    toCaseDetail(repos, await row, now)
  /** A staff step's case, once its applicant has been told. */
  const told = async (
    step: Promise<CaseRow>,
    ctx: Parameters<typeof notify>[0],
    message: (row: CaseRow) => MessageDraft | null,
  ) => {
    const row = await step
    await notify(ctx, message(row))
    return row
  }
  /** A 帮办员's step on a case (受理, 补正, 办结, 不予受理), told to its applicant. */
  const staffStep = (
    id: string,
    action: StaffAction,
    ctx: RequestContext<'POST /api/v1/staff/cases/:id/accept'>,
  ) =>
    detail(
      told(actOnCase(repos, ctx.session.userId, id, action, ctx.now), ctx, (row) =>
        caseStepMessage(row, ctx.now),
      ),
      ctx.now,
    )
  return {
    'GET /api/v1/cases/form': ({ query }) =>
      forms(`${query.kind}\n${query.id}\n${catalogToday()}`, () => caseForm(repos, query)),
    'POST /api/v1/cases': ({ body }, ctx) =>
      detail(
        told(submitOnBehalf(repos, ctx.session.userId, body, ctx.now), ctx, (row) =>
          row.user_id === ctx.session.userId ? null : proxyUsedMessage(row),
        ),
        ctx.now,
      ),
    'GET /api/v1/cases': async (_input, ctx) => ({
      items: toCaseSummaries(await repos.cases.ofUser(ctx.session.userId), ctx.now),
    }),
    'GET /api/v1/cases/:id': async ({ params }, ctx) =>
      withPeopleDetail(
        repos,
        requireOwn(await repos.cases.findWithPeople(params.id), ctx.session.userId),
        ctx.now,
      ),
    'POST /api/v1/cases/:id/resubmit': async ({ params, body }, ctx) =>
      detail(await resubmitCase(repos, ctx.session.userId, params.id, body, ctx.now), ctx.now),

    // Open cases oldest first: the one closest to its deadline is the one to do next.
    'GET /api/v1/staff/cases': async ({ query }, ctx) => {
      const helper = await requireHelper(repos, ctx.session.userId)
      const open = (query.scope ?? 'open') === 'open'
      const rows = (await repos.cases.ofHelper(helper.user_id)).filter(
        (r) => isOpen(r.status) === open,
      )
      if (!open) rows.reverse()
      return { items: toCaseSummaries(rows, ctx.now) }
    },
    'GET /api/v1/staff/cases/:id': async ({ params }, ctx) => {
      const helper = await requireHelper(repos, ctx.session.userId)
      const row = requireAssigned(await repos.cases.findWithPeople(params.id), helper)
      return withPeopleDetail(repos, row, ctx.now)
    },
    'POST /api/v1/staff/cases/:id/accept': ({ params }, ctx) =>
      staffStep(params.id, { kind: 'accept' }, ctx),
    'POST /api/v1/staff/cases/:id/correction': ({ params, body }, ctx) =>
      staffStep(params.id, { kind: 'correction', items: body.items }, ctx),
    'POST /api/v1/staff/cases/:id/finish': ({ params, body }, ctx) =>
      staffStep(params.id, { kind: 'finish', result: body.result }, ctx),
    'POST /api/v1/cases/:id/rating': ({ params, body }, ctx) =>
      detail(rateCase(repos, ctx.session.userId, params.id, body, ctx.now), ctx.now),
    'POST /api/v1/staff/cases/:id/follow-up': ({ params, body }, ctx) =>
      detail(
        told(
          followUpCase(repos, ctx.session.userId, params.id, body.note, ctx.now),
          ctx,
          followUpMessage,
        ),
        ctx.now,
      ),
    'POST /api/v1/staff/cases/:id/refuse': ({ params, body }, ctx) =>
      staffStep(params.id, { kind: 'refuse', reason: body.reason }, ctx),
  }
}
