import { fileComplaint, toComplaint } from './complaints'
import type { Handlers } from '../../http/types'
import type { HandlerDeps } from '../deps'

type ComplaintKeys = 'POST /api/v1/complaints' | 'GET /api/v1/complaints'

export function complaintHandlers({ repos, sql }: HandlerDeps): Pick<Handlers, ComplaintKeys> {
  return {
    'POST /api/v1/complaints': async ({ body }, ctx) =>
      toComplaint(repos, await fileComplaint(repos, sql, ctx.session.userId, body, ctx.now)),
    'GET /api/v1/complaints': async (_input, ctx) => ({
      items: await Promise.all(
        (await repos.complaints.ofUser(ctx.session.userId)).map((r) => toComplaint(repos, r)),
      ),
    }),
  }
}
