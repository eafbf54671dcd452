import {
  maskName,
  type Consultation,
  type ConsultationSummary,
  type Lawyer,
  type LegalTopicId,
} from '../../../src/services/contract'
import type { Repos } from '../repositories'
import type { ConsultationRow, LawyerRow } from './repository'
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

async function askerName(repos: Repos, userId: string): Promise<string> {
  const user = await repos.users.findById(userId)
  if (!user) return '咨询人'
  return user.real_name !== null ? maskName(user.real_name) : user.nickname
}

export async function toSummary(
  repos: Repos,
  row: ConsultationRow,
  viewer: Viewer,
): Promise<ConsultationSummary> {
  const lawyer = await repos.legal.lawyer(row.lawyer_id)
  return {
    id: row.id,
    topic: row.topic as LegalTopicId,
    topicName: topicById(row.topic as LegalTopicId).name,
    title: row.title,
    lawyerName: lawyer ? `${lawyer.name}律师` : '律师',
    lawyerFirm: lawyer?.firm ?? '',
    askerName: await askerName(repos, row.user_id),
    status: row.status,
    unread: (viewer === 'user' ? row.user_unread : row.lawyer_unread) === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

export async function toConsultation(
  repos: Repos,
  row: ConsultationRow,
  viewer: Viewer,
): Promise<Consultation> {
  const summary = await toSummary(repos, row, viewer)
  return {
    ...summary,
    viewer,
    messages: (await repos.legal.messages(row.id)).map((m) => ({
      id: m.id,
      author: m.author,
      authorName: m.author === 'lawyer' ? summary.lawyerName : summary.askerName,
      body: m.body,
      createdAt: m.created_at,
    })),
  }
}
