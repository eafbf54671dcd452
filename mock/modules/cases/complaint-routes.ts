import { fileComplaint, listedComplaint, toComplaint } from './complaints'
import { answerComplaint, complaintDesk, deskComplaints } from './complaint-desk'
import { complaintAnsweredMessage } from '../messages/builders'
import type { Handlers } from '../../http/types'
import type { HandlerDeps } from '../deps'

type ComplaintKeys =
  | 'POST /api/v1/complaints'
  | 'GET /api/v1/complaints'
  | 'GET /api/v1/staff/complaints'
  | 'POST /api/v1/staff/complaints/:id/answer'

export function complaintHandlers({
  repos,
  sql,
  notify,
}: HandlerDeps): Pick<Handlers, ComplaintKeys> {
  return {
    'POST /api/v1/complaints': async ({ body }, ctx) =>
      toComplaint(repos, await fileComplaint(repos, sql, ctx.session.userId, body, ctx.now)),
    'GET /api/v1/complaints': async (_input, ctx) => ({
      items: (await repos.complaints.ofUser(ctx.session.userId)).map(listedComplaint),
    }),
    // Unanswered first, each group oldest first: the one closest to its reply date comes first.
    'GET /api/v1/staff/complaints': async (_input, ctx) => {
      const rows = await deskComplaints(repos, await complaintDesk(repos, ctx.session.userId))
      const open = rows.filter((r) => r.answered_at === null)
      return {
        items: [...open, ...rows.filter((r) => r.answered_at !== null)].map(listedComplaint),
      }
    },
    'POST /api/v1/staff/complaints/:id/answer': async ({ params, body }, ctx) => {
      const row = await answerComplaint(repos, ctx.session.userId, params.id, body.answer, ctx.now)
      await notify(ctx, complaintAnsweredMessage(row))
      return toComplaint(repos, row)
    },
  }
}
