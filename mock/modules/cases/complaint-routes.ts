import { fileComplaint, toComplaint } from './complaints'
import type { Handlers } from '../../http/types'
import type { HandlerDeps } from '../deps'

type ComplaintKeys = 'POST /api/v1/complaints' | 'GET /api/v1/complaints'

export function complaintHandlers({ repos }: HandlerDeps): Pick<Handlers, ComplaintKeys> {
  return {
    'POST /api/v1/complaints': ({ body }, ctx) =>
      toComplaint(repos, fileComplaint(repos, ctx.session.userId, body, ctx.now)),
    'GET /api/v1/complaints': (_input, ctx) => ({
      items: repos.complaints.ofUser(ctx.session.userId).map((r) => toComplaint(repos, r)),
    }),
  }
}
