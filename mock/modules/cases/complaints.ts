import { randomUUID } from 'node:crypto'
import {
  beijingDate,
  type Complaint,
  type ComplaintRequest,
  maskPhone,
} from '../../../src/services/contract'
import { inTransaction, inTurn, type Sql } from '../../db/engine'
import type { Repos } from '../repositories'
import type { ComplaintRow, ListedComplaint, NewComplaint } from './complaints-repository'
import { ownCase } from './submit'
import { deadlineDate } from './working-days'

/** A complaint is answered within 5 working days. */
export const REPLY_DAYS = 5

/** Answered on or before the reply date (Beijing calendar day of the answer). */
export const answeredOnTime = (answeredAt: string, replyDue: string) =>
  beijingDate(new Date(answeredAt)) <= replyDue

type CaseRef = Complaint['case']

function complaintOf(row: ComplaintRow, about: CaseRef): Complaint {
  return {
    id: row.id,
    number: row.number,
    kind: row.kind,
    content: row.content,
    case: about,
    phone: row.phone === null ? null : maskPhone(row.phone),
    replyDue: row.reply_due,
    createdAt: row.created_at,
    answer:
      row.answer === null || row.answered_at === null
        ? null
        : {
            text: row.answer,
            answeredAt: row.answered_at,
            onTime: answeredOnTime(row.answered_at, row.reply_due),
          },
  }
}

export async function toComplaint(repos: Repos, row: ComplaintRow): Promise<Complaint> {
  const about = row.case_id === null ? undefined : await repos.cases.find(row.case_id)
  return complaintOf(row, about ? { id: about.id, number: about.number, title: about.title } : null)
}

/** A complaint of a list, read with its case. */
export function listedComplaint(row: ListedComplaint): Complaint {
  const { about_id: id, about_number: number, about_title: title } = row
  return complaintOf(
    row,
    id !== null && number !== null && title !== null ? { id, number, title } : null,
  )
}

/**
 * Files a 投诉/建议; one about a case must be about the user's own case. Numbers are counted per
 * day, one filing at a time (`inTurn`), so two filed at once never share one.
 */
export async function fileComplaint(
  repos: Pick<Repos, 'cases' | 'complaints'>,
  sql: Sql,
  userId: string,
  request: ComplaintRequest,
  now: Date,
): Promise<ComplaintRow> {
  const about = request.caseId ? await ownCase(repos, request.caseId, userId) : null
  const prefix = `TS${beijingDate(now).replace(/-/g, '')}`
  return inTransaction(sql, async () => {
    await inTurn(sql, `complaint-number:${prefix}`)
    const row: NewComplaint = {
      id: randomUUID(),
      number: `${prefix}${String((await repos.complaints.countNumbered(prefix)) + 1).padStart(4, '0')}`,
      user_id: userId,
      kind: request.kind,
      case_id: about?.id ?? null,
      content: request.content,
      phone: request.phone?.replace(/[\s-]/g, '') ?? null,
      reply_due: deadlineDate(now, REPLY_DAYS),
      created_at: now.toISOString(),
    }
    await repos.complaints.insert(row)
    return { ...row, answer: null, answered_at: null, answered_by: null }
  })
}
