import type { Insertable } from 'kysely'
import { addDays, beijingDate, beijingTime, isWorkingDay } from '../../../../src/services/contract'
import type { CaseEvents, Cases, Complaints } from '../../../db/schema'
import { deadlineDate } from '../../cases/working-days'
import { DEMO_HELPERS, demoId, demoUserId } from './ids'
import type { DemoSource } from './reference'
import type { Rng } from './rng'
import { timeOn, workingDaysOn } from './times'

export interface CasePlan {
  cases: Insertable<Cases>[]
  events: Insertable<CaseEvents>[]
  complaints: Insertable<Complaints>[]
}

const SCORES = [5, 4, 3, 2, 1] as const
const SCORE_WEIGHT: Record<number, number> = { 5: 72, 4: 17, 3: 6, 2: 3, 1: 2 }
const POOR_COMMENTS = ['等待时间太长，进度没人告知', '材料要求前后说法不一致', '帮办员电话打不通']
const COMPLAINTS = [
  '办件超过承诺时限仍未办结，请督促办理。',
  '补正材料的要求没有一次说清楚，来回跑了两次。',
  '窗口工作人员态度不好，希望改进。',
  '预约后到现场仍排队很久。',
]
const SUGGESTIONS = ['建议增加周六上午的办理时段。', '希望办事指南里增加填写示例。']

/**
 * A year of 一键代办 cases: filed on working days (a few online at weekends), 受理 within hours,
 * 办结 in a share of the 承诺时限 — about 6% late — with 差评 回访 and 投诉 as they happen.
 * Cases not yet due to close by `now` stay open: the overdue list has demo rows too.
 */
export function planCases(rng: Rng, sources: DemoSource[], days: string[], now: Date): CasePlan {
  const plan: CasePlan = { cases: [], events: [], complaints: [] }
  const nowIso = now.toISOString()
  const before = (at: Date) => at.toISOString() < nowIso
  for (const day of days) {
    const count = isWorkingDay(day) ? rng.int(12, 26) : rng.int(0, 3)
    for (let k = 0; k < count; k++) {
      const n = plan.cases.length + 1
      const id = demoId('case', n)
      const source = rng.pick(sources, (s) => s.weight)
      const helper = rng.pick(DEMO_HELPERS)
      const submitted = isWorkingDay(day)
        ? timeOn(rng, day, '08:30', '17:00')
        : timeOn(rng, day, '09:00', '21:00')
      if (!before(submitted)) continue
      const event = (at: Date, name: string, actor: string, note: string) =>
        plan.events.push({ case_id: id, at: at.toISOString(), event: name, actor, note })
      event(submitted, 'submitted', '申请人', '一键代办提交（演示数据）')
      event(submitted, 'assigned', '系统', `分配给${helper.name}`)
      let ready = submitted
      if (rng.next() < 0.07) {
        const asked = new Date(submitted.getTime() + rng.int(1, 3) * 3_600_000)
        const back = timeOn(
          rng,
          workingDaysOn(addDays(beijingDate(asked), 1), rng.int(0, 2)),
          '09:00',
          '16:00',
        )
        event(asked, 'correction_requested', helper.name, '一次性告知补正材料')
        if (before(back)) event(back, 'resubmitted', '申请人', '补正提交')
        ready = back
      }
      const readyDay = beijingDate(ready)
      const acceptDay = workingDaysOn(
        readyDay,
        beijingTime(ready) >= '16:00' || !isWorkingDay(readyDay) ? 1 : 0,
      )
      const acceptedAt = new Date(
        Math.max(timeOn(rng, acceptDay, '09:00', '17:00').getTime(), ready.getTime() + 600_000),
      )
      const base: Insertable<Cases> = {
        id,
        number: `DEMO-${String(n).padStart(6, '0')}`,
        user_id: demoUserId(n),
        source_kind: source.kind,
        source_id: source.id,
        title: source.name,
        promised_days: source.promisedDays,
        status: 'submitted',
        helper_id: helper.id,
        applicant: '演示申请人',
        fields_json: '{}',
        materials_json: '[]',
        submitted_at: submitted.toISOString(),
        updated_at: submitted.toISOString(),
      }
      if (!before(ready)) {
        plan.cases.push({ ...base, status: 'correction' })
        continue
      }
      if (!before(acceptedAt)) {
        plan.cases.push(base)
        continue
      }
      event(acceptedAt, 'accepted', helper.name, '受理')
      const deadline = deadlineDate(acceptedAt, source.promisedDays)
      const accepted = { ...base, accepted_at: acceptedAt.toISOString(), deadline }
      if (rng.next() < 0.03) {
        const refusedAt = new Date(acceptedAt.getTime() + 3_600_000)
        event(refusedAt, 'refused', helper.name, '不符合受理条件')
        plan.cases.push({
          ...accepted,
          status: 'refused',
          result: '不符合受理条件（演示）',
          closed_at: refusedAt.toISOString(),
          updated_at: refusedAt.toISOString(),
        })
        continue
      }
      const late = rng.next() < 0.06
      const p = source.promisedDays
      const took = late ? p + rng.int(1, 3) : p === 0 ? 0 : Math.round(p * (0.1 + 0.6 * rng.next()))
      const closedAt = new Date(
        Math.max(
          timeOn(rng, workingDaysOn(acceptDay, took), '09:30', '17:30').getTime(),
          acceptedAt.getTime() + 1_800_000,
        ),
      )
      if (!before(closedAt)) {
        plan.cases.push({ ...accepted, status: 'accepted', updated_at: acceptedAt.toISOString() })
        continue
      }
      event(closedAt, 'finished', helper.name, '办结')
      const finished: Insertable<Cases> = {
        ...accepted,
        status: 'finished',
        result: '准予办理（演示）',
        closed_at: closedAt.toISOString(),
        updated_at: closedAt.toISOString(),
      }
      const ratedAt = new Date(closedAt.getTime() + rng.int(1, 72) * 3_600_000)
      if (rng.next() < 0.7 && before(ratedAt)) {
        const score = rng.pick(SCORES, (s) => SCORE_WEIGHT[s] ?? 1)
        finished.rating = score
        finished.rating_comment = score <= 2 ? rng.pick(POOR_COMMENTS) : ''
        finished.rated_at = ratedAt.toISOString()
        event(ratedAt, 'rated', '申请人', `评价 ${score} 星`)
        if (score <= 2) {
          const r = rng.next()
          const after = r < 0.85 ? rng.int(1, 3) : r < 0.95 ? rng.int(4, 6) : null
          const followed =
            after === null
              ? null
              : timeOn(rng, workingDaysOn(beijingDate(ratedAt), after), '09:00', '17:00')
          if (followed && before(followed)) {
            finished.follow_up = '已电话回访，说明原因并致歉（演示）'
            finished.followed_up_at = followed.toISOString()
            event(followed, 'followed_up', helper.name, '差评回访')
          }
        }
      }
      plan.cases.push(finished)
      if (rng.next() < 0.06)
        plan.complaints.push(
          planComplaint(rng, plan.complaints.length + 1, finished, closedAt, now),
        )
    }
  }
  return plan
}

function planComplaint(
  rng: Rng,
  n: number,
  about: Insertable<Cases>,
  closedAt: Date,
  now: Date,
): Insertable<Complaints> {
  const suggestion = rng.next() < 0.2
  const created = timeOn(rng, addDays(beijingDate(closedAt), rng.int(0, 4)), '08:00', '21:00')
  const createdAt = created < now ? created : closedAt
  const r = rng.next()
  const after = r < 0.85 ? rng.int(1, 5) : r < 0.95 ? rng.int(6, 9) : null
  const answered =
    after === null
      ? null
      : timeOn(rng, workingDaysOn(beijingDate(createdAt), after), '09:00', '17:30')
  const answeredNow = answered !== null && answered < now
  return {
    id: demoId('complaint', n),
    number: `DEMOT-${String(n).padStart(6, '0')}`,
    user_id: about.user_id,
    kind: suggestion ? 'suggestion' : 'complaint',
    case_id: about.id,
    content: suggestion ? rng.pick(SUGGESTIONS) : rng.pick(COMPLAINTS),
    phone: null,
    reply_due: deadlineDate(createdAt, 5),
    created_at: createdAt.toISOString(),
    answer: answeredNow ? '已核实并整改，感谢您的监督（演示）' : null,
    answered_at: answeredNow ? answered.toISOString() : null,
    answered_by: answeredNow ? (about.helper_id ?? null) : null,
  }
}
