import {
  maskName,
  type Consultation,
  type ConsultationSummary,
  type Lawyer,
  type LegalTopicId,
} from '../../../src/services/contract'
import { notFound } from '../../http/errors'
import type { Repos } from '../repositories'
import type { ConsultationRow, LawyerRow, MessageRow, NamedConsultationRow } from './repository'
import { topicById } from './topics'

export type Viewer = 'user' | 'lawyer'

export function toLawyer(row: LawyerRow): Lawyer {
  const specialties = JSON.parse(row.specialties_json) as LegalTopicId[]
  return {
    id: row.id,
    name: row.name,
    firm: row.firm,
    specialties,
    specialtyText: specialties.map((t) => topicById(t).name).join('、'),
    years: row.years,
    intro: row.intro,
  }
}

/** The asker as the lawyer sees them: the real name masked, else the nickname. */
function askerName(row: NamedConsultationRow): string {
  if (row.asker_nickname === null) return '咨询人'
  return row.asker_real_name !== null ? maskName(row.asker_real_name) : row.asker_nickname
}

export function summaryOf(row: NamedConsultationRow, viewer: Viewer): ConsultationSummary {
  return {
    id: row.id,
    topic: row.topic as LegalTopicId,
    topicName: topicById(row.topic as LegalTopicId).name,
    title: row.title,
    lawyerName: row.lawyer_name !== null ? `${row.lawyer_name}律师` : '律师',
    lawyerFirm: row.lawyer_firm ?? '',
    askerName: askerName(row),
    status: row.status,
    unread: (viewer === 'user' ? row.user_unread : row.lawyer_unread) === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

export function consultationOf(
  row: NamedConsultationRow,
  viewer: Viewer,
  messages: readonly MessageRow[],
): Consultation {
  const summary = summaryOf(row, viewer)
  return {
    ...summary,
    viewer,
    messages: messages.map((m) => ({
      id: m.id,
      author: m.author,
      authorName: m.author === 'lawyer' ? summary.lawyerName : summary.askerName,
      body: m.body,
      createdAt: m.created_at,
    })),
  }
}

/** The thread as stored now, with its names and messages (after a write). */
export async function toConsultation(
  repos: Repos,
  row: ConsultationRow,
  viewer: Viewer,
): Promise<Consultation> {
  const [named, messages] = await Promise.all([
    repos.legal.findNamed(row.id),
    repos.legal.messages(row.id),
  ])
  if (!named) throw notFound('没有找到这条咨询，请回到“我的咨询”刷新后重试')
  return consultationOf(named, viewer, messages)
}
