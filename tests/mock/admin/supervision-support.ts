// Hand-built records for the 电子监察 suites, written through the app's own repositories.
import { randomUUID } from 'node:crypto'
import type { Sql } from '../../../mock/db/engine'
import { createRepos } from '../../../mock/modules/repositories'
import { deadlineDate } from '../../../mock/modules/cases/working-days'
import type { CaseStatus } from '../../../src/services/contract'

/** An instant written as Beijing local time, `2026-01-12 09:00` (seconds optional). */
export const at = (local: string) => {
  const time = local.replace(' ', 'T')
  return new Date(`${time.length === 16 ? `${time}:00` : time}+08:00`).toISOString()
}

let serial = 0
const next = () => (serial += 1)

export interface CaseSpec {
  source: { kind: 'item' | 'bundle'; id: string }
  promisedDays: number
  submitted: string
  accepted?: string
  closed?: string
  status?: CaseStatus
  helperId?: string
  rating?: { score: number; at: string; followedUp?: string }
}

export function recordsIn(sql: Sql) {
  const repos = createRepos(sql)
  let userId: string | null = null
  const resident = async () => {
    userId ??= (
      await repos.users.ensureNamed({
        id: randomUUID(),
        openid: `supervision-test-${randomUUID()}`,
        nickname: '电子监察测试居民',
        created_at: at('2026-01-01 08:00'),
      })
    ).id
    return userId
  }
  return {
    repos,
    resident,
    case: async (spec: CaseSpec): Promise<string> => {
      const id = randomUUID()
      const n = next()
      await repos.cases.insert({
        id,
        number: `T${String(n).padStart(6, '0')}`,
        user_id: await resident(),
        source_kind: spec.source.kind,
        source_id: spec.source.id,
        title: `测试办件${n}`,
        promised_days: spec.promisedDays,
        status: 'submitted',
        applicant: '王丽',
        fields_json: '{}',
        materials_json: '[]',
        submitted_at: at(spec.submitted),
        updated_at: at(spec.submitted),
      })
      const accepted = spec.accepted && at(spec.accepted)
      await repos.cases.update(
        id,
        {
          status:
            spec.status ?? (spec.closed ? 'finished' : spec.accepted ? 'accepted' : 'submitted'),
          helper_id: spec.helperId,
          accepted_at: accepted,
          deadline: accepted ? deadlineDate(new Date(accepted), spec.promisedDays) : undefined,
          closed_at: spec.closed && at(spec.closed),
          rating: spec.rating?.score,
          rating_comment: spec.rating ? '测试评价' : undefined,
          rated_at: spec.rating && at(spec.rating.at),
          follow_up: spec.rating?.followedUp && '已电话回访',
          followed_up_at: spec.rating?.followedUp && at(spec.rating.followedUp),
        },
        at(spec.closed ?? spec.accepted ?? spec.submitted),
      )
      return id
    },
    complaint: async (kind: 'complaint' | 'suggestion', created: string, answered?: string) => {
      const id = randomUUID()
      await repos.complaints.insert({
        id,
        number: `TS${String(next()).padStart(6, '0')}`,
        user_id: await resident(),
        kind,
        case_id: null,
        content: '测试投诉建议内容',
        phone: null,
        reply_due: deadlineDate(new Date(at(created)), 5),
        created_at: at(created),
      })
      if (answered) await repos.complaints.answer(id, '已处理', await resident(), at(answered))
      return id
    },
    booking: async (
      pointId: string,
      day: string,
      time: string,
      outcome: 'arrived' | 'cancelled' | 'missed',
    ) => {
      const id = randomUUID()
      const start = at(`${day} ${time}`)
      const result = await repos.appointments.insertWithin(
        {
          id,
          code: `TB${next()}`,
          user_id: await resident(),
          item_id: `item-${next()}`,
          point_id: pointId,
          day,
          time,
          slot_start: start,
          slot_end: new Date(new Date(start).getTime() + 30 * 60_000).toISOString(),
          name: '王',
          phone: '13812345678',
          created_at: at(`${day} 08:00`),
          reminder: 'none',
        },
        100,
      )
      if (result !== 'booked') throw new Error(`booking not stored: ${result}`)
      if (outcome === 'arrived') await repos.appointments.checkIn(id, pointId, day, start)
      if (outcome === 'cancelled') await repos.appointments.cancel(id, at(`${day} 08:30`))
    },
    scan: async (when: string, zoneId: string | null, official = true) => {
      await repos.qr.recordScan({
        id: randomUUID(),
        user_id: await resident(),
        official: official ? 1 : 0,
        title: official ? '官方码' : '非本平台二维码',
        at: at(when),
        code_id: official ? 'code-test' : null,
        zone_id: zoneId,
      })
    },
  }
}
