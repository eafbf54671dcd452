import { ApiError, notFound } from '../../http/errors'
import type { Repos } from '../repositories'
import type { ComplaintRow } from './complaints-repository'
import { helperOfGrant } from './staff'

/**
 * Who answers 投诉建议: the 帮办员 holding the case a complaint is about (they know it best), and
 * the district administrator for every one — general ones about no case included — as the
 * 管理后台/电子监察 oversees 投诉 response (PRODUCT.md 13, 16).
 */
export type ComplaintDesk = { kind: 'all' } | { kind: 'helper'; helperId: string }

export async function complaintDesk(
  repos: Pick<Repos, 'cases' | 'roles'>,
  userId: string,
): Promise<ComplaintDesk> {
  const grants = await repos.cases.deskGrants(userId)
  if (grants.some((grant) => grant.kind === 'admin')) return { kind: 'all' }
  const helper = await helperOfGrant(
    repos,
    userId,
    grants.find((grant) => grant.kind === 'helper'),
  )
  return { kind: 'helper', helperId: helper.user_id }
}

export const deskComplaints = (repos: Pick<Repos, 'complaints'>, desk: ComplaintDesk) =>
  desk.kind === 'all' ? repos.complaints.all() : repos.complaints.aboutCasesOf(desk.helperId)

/** One complaint the desk may answer; any other is answered as missing. */
async function deskComplaint(
  repos: Pick<Repos, 'cases' | 'complaints'>,
  desk: ComplaintDesk,
  id: string,
): Promise<ComplaintRow> {
  const row = await repos.complaints.find(id)
  const about = row?.case_id ? await repos.cases.find(row.case_id) : undefined
  const visible = desk.kind === 'all' || (about !== undefined && about.helper_id === desk.helperId)
  if (!row || !visible) throw notFound('没有找到该投诉建议，请刷新列表后重试')
  return row
}

/** Stores the answer once: a second answer (or one sent at the same time) is refused. */
export async function answerComplaint(
  repos: Pick<Repos, 'cases' | 'complaints' | 'roles'>,
  userId: string,
  id: string,
  answer: string,
  now: Date,
): Promise<ComplaintRow> {
  const row = await deskComplaint(repos, await complaintDesk(repos, userId), id)
  if (!(await repos.complaints.answer(row.id, answer, userId, now.toISOString()))) {
    throw new ApiError(409, 'ALREADY_ANSWERED', '该投诉建议已经答复过，请刷新列表查看答复内容')
  }
  return (await repos.complaints.find(row.id)) ?? row
}
