/**
 * Event → message: pure functions that say who hears of an event, what it says and which page
 * it opens. The event key is built from the event itself (the case and the moment it moved, a
 * reply's id…), so a retried or concurrent emit produces the same key and is stored once.
 */
import { formatDay, messagePages as routes, type MessageKind } from '../../../src/services/contract'
import type { AppointmentRow } from '../booking/repository'
import type { CaseRow } from '../cases/repository'
import type { ComplaintRow } from '../cases/complaints-repository'
import type { ApplicationRow } from '../finance/repository'
import type { ConsultationRow } from '../legal/repository'
import type { SamplingRow } from '../labs/repository'
import { correctionDeadline, workingDaysLeft } from '../cases/working-days'

export { CORRECTION_DAYS, correctionDeadline } from '../cases/working-days'

export interface MessageDraft {
  userId: string
  eventKey: string
  kind: MessageKind
  title: string
  body: string
  route: string
}

/** A short 事项 name for titles (WeChat shows 20 characters). */
const short = (title: string) => (title.length > 16 ? `${title.slice(0, 15)}…` : title)

/** The message of a case step (受理 / 补正 / 办结 / 不予受理), by the status the step left it in. */
export function caseStepMessage(row: CaseRow, now: Date): MessageDraft | null {
  const base = {
    userId: row.user_id,
    eventKey: `case:${row.id}:${row.status}:${row.updated_at}`,
    route: routes.caseDetail(row.id),
  }
  const name = short(row.title)
  switch (row.status) {
    case 'accepted':
      return {
        ...base,
        kind: 'case_accepted',
        title: `办件已受理：${name}`,
        body: `办件编号 ${row.number} 已受理${row.deadline ? `，最迟${formatDay(row.deadline, now)}办结` : ''}。`,
      }
    case 'correction':
      return {
        ...base,
        kind: 'case_correction',
        route: routes.caseCorrect(row.id),
        title: `请补正材料：${name}`,
        body: `帮办员一次性告知了需补正的内容，请在${formatDay(correctionDeadline(row.updated_at), now)}前补正，点开查看清单。`,
      }
    case 'finished':
      return {
        ...base,
        kind: 'case_finished',
        title: `办件已办结：${name}`,
        body: `办理结果：${row.result ?? '已办结'}。欢迎对本次服务作出评价。`,
      }
    case 'refused':
      return {
        ...base,
        kind: 'case_refused',
        title: `不予受理：${name}`,
        body: `原因：${row.result ?? '见办件详情'}。可按说明准备后重新申请，或提出投诉建议。`,
      }
    default:
      return null
  }
}

/** 补正 about to run out: two working days before its last day, once per request. */
export function correctionDueMessage(row: CaseRow, deadline: string, now: Date): MessageDraft {
  return {
    userId: row.user_id,
    eventKey: `case:${row.id}:correction-due:${row.updated_at}`,
    kind: 'case_correction_due',
    title: `补正即将到期：${short(row.title)}`,
    body: `请在${formatDay(deadline, now)}前提交补正材料（还剩${Math.max(workingDaysLeft(deadline, now), 0)}个工作日），逾期需重新申请。`,
    route: routes.caseCorrect(row.id),
  }
}

/** Tells the 帮办员 a case they hold is close to its 承诺时限. */
export function deadlineNearMessage(row: CaseRow, helperId: string, now: Date): MessageDraft {
  const deadline = row.deadline ?? ''
  return {
    userId: helperId,
    eventKey: `case:${row.id}:deadline-near:${deadline}`,
    kind: 'case_deadline_near',
    title: `临近承诺时限：${short(row.title)}`,
    body: `办件编号 ${row.number} 须在${formatDay(deadline, now)}前办结，请尽快处理。`,
    route: routes.staffCase(row.id),
  }
}

/**
 * 电子监察 督办: tells the 帮办员 holding a case that the district asks it to be done now. One
 * message per 督办 (`urgeId`), so a retried request never sends a second.
 */
export function urgedMessage(
  row: CaseRow,
  helperId: string,
  urgeId: string,
  note: string,
  now: Date,
): MessageDraft {
  const deadline = row.deadline ?? ''
  const left = deadline === '' ? 0 : workingDaysLeft(deadline, now)
  const when = left < 0 ? `已超过承诺时限${-left}个工作日` : `须在${formatDay(deadline, now)}前办结`
  return {
    userId: helperId,
    eventKey: `case:${row.id}:urged:${urgeId}`,
    kind: 'case_urged',
    title: `督办：${short(row.title)}`,
    body: `电子监察督办：办件编号 ${row.number} ${when}，请尽快办理并告知申请人进度。${note}`,
    route: routes.staffCase(row.id),
  }
}

/** The 好差评 invitation of a finished, unrated case: one per case, ever. */
export function ratingInviteMessage(row: CaseRow): MessageDraft {
  return {
    userId: row.user_id,
    eventKey: `case:${row.id}:rating-invite`,
    kind: 'case_rating_invite',
    title: `请评价：${short(row.title)}`,
    body: `办件编号 ${row.number} 已办结，您的评价帮助我们改进服务（好差评）。`,
    route: routes.caseDetail(row.id),
  }
}

/** 差评回访: what the service did about a poor rating. */
export function followUpMessage(row: CaseRow): MessageDraft {
  return {
    userId: row.user_id,
    eventKey: `case:${row.id}:follow-up`,
    kind: 'case_follow_up',
    title: `差评回访：${short(row.title)}`,
    body: row.follow_up ?? '我们已对您的评价进行回访整改。',
    route: routes.caseDetail(row.id),
  }
}

/** 亲情代办: a case someone applied for on the user's behalf under their grant. */
export function proxyUsedMessage(row: CaseRow): MessageDraft {
  return {
    userId: row.user_id,
    eventKey: `case:${row.id}:on-behalf`,
    kind: 'proxy_used',
    title: `亲属为您代办：${short(row.title)}`,
    body: `您授权的亲属已用亲情代办为您提交办件（编号 ${row.number}），如非本人授权请撤销授权。`,
    route: routes.caseDetail(row.id),
  }
}

/** 亲情代办: a booking someone made on the user's behalf under their grant. */
export function proxyBookedMessage(row: AppointmentRow, itemName: string): MessageDraft {
  return {
    userId: row.user_id,
    eventKey: `appointment:${row.id}:on-behalf`,
    kind: 'proxy_used',
    title: `亲属为您预约：${short(itemName)}`,
    body: `您授权的亲属已用亲情代办为您预约 ${row.day} ${row.time} 到厅办理，如非本人授权请撤销授权。`,
    route: routes.appointment(row.id),
  }
}

/** The day-before reminder of a booking. */
export function appointmentReminderMessage(row: AppointmentRow, itemName: string): MessageDraft {
  return {
    userId: row.user_id,
    eventKey: `appointment:${row.id}:day-before`,
    kind: 'appointment_reminder',
    title: `预约提醒：${short(itemName)}`,
    body: `您预约了 ${row.day} ${row.time} 到厅办理，签到码 ${row.code}，请按时前往。`,
    route: routes.appointment(row.id),
  }
}

/** A booking cancelled or moved to another time. */
export function appointmentChangedMessage(
  row: AppointmentRow,
  itemName: string,
  change: 'cancelled' | 'moved',
): MessageDraft {
  return {
    userId: row.user_id,
    eventKey: `appointment:${row.id}:${change}`,
    kind: 'appointment_changed',
    title: `${change === 'cancelled' ? '预约已取消' : '预约已改期'}：${short(itemName)}`,
    body:
      change === 'cancelled'
        ? `${row.day} ${row.time} 的预约已取消。`
        : `已改到 ${row.day} ${row.time}，签到码 ${row.code}。`,
    route: routes.appointment(row.id),
  }
}

/** A booked time a console change closed (a new holiday, changed hours): pick a new time or cancel. */
export function appointmentClosedMessage(
  row: AppointmentRow & { closed_reason: string },
  itemName: string,
): MessageDraft {
  return {
    userId: row.user_id,
    eventKey: `appointment:${row.id}:closed`,
    kind: 'appointment_changed',
    title: `预约需改约：${short(itemName)}`,
    body: `${row.closed_reason}，您预约的 ${row.day} ${row.time} 已不办公，请点开改约或取消。`,
    route: routes.appointment(row.id),
  }
}

/** A lawyer's reply in a 法律咨询. */
export function legalReplyMessage(row: ConsultationRow, replyId: string): MessageDraft {
  return {
    userId: row.user_id,
    eventKey: `legal:${replyId}`,
    kind: 'legal_reply',
    title: `律师已回复：${short(row.title)}`,
    body: '您的法律咨询有了新的回复，点开查看。',
    route: routes.legalThread(row.id),
  }
}

/** The bank's decision on a loan application. */
export function loanDecisionMessage(row: ApplicationRow, productName: string): MessageDraft {
  const accepted = row.status === 'accepted'
  return {
    userId: row.user_id,
    eventKey: `loan:${row.id}:decision`,
    kind: 'loan_decision',
    title: `${accepted ? '贷款申请已受理' : '贷款申请未通过'}：${short(productName)}`,
    body:
      row.decision_note ?? (accepted ? '银行将联系您办理后续手续。' : '可查看说明后调整再申请。'),
    route: routes.financeApplication(row.id),
  }
}

/** A policy newly matching the user's enterprise (on subscribing, 新政策订阅). */
export function policyMatchMessage(
  userId: string,
  enterpriseId: string,
  policy: { id: string; title: string; department: string },
): MessageDraft {
  return {
    userId,
    eventKey: `policy:${enterpriseId}:${policy.id}`,
    kind: 'policy_match',
    title: `新政策匹配：${short(policy.title)}`,
    body: `${policy.department}发布的政策与您的企业条件相符，点开查看申报条件。`,
    route: routes.policyDetail(policy.id),
  }
}

/** A lab's report on a sampling booking. */
export function labReportMessage(row: SamplingRow, serviceName: string): MessageDraft {
  return {
    userId: row.user_id,
    eventKey: `lab:${row.id}:report`,
    kind: 'lab_report',
    title: `检测报告已出具：${short(serviceName)}`,
    body: `${row.day} 采样的检测报告已出具，点开查看结论。`,
    route: routes.labBooking(row.id),
  }
}

/** The answer to a 投诉建议, opening it in 我的投诉建议. */
export function complaintAnsweredMessage(row: ComplaintRow): MessageDraft {
  const kind = row.kind === 'complaint' ? '投诉' : '建议'
  return {
    userId: row.user_id,
    eventKey: `complaint:${row.id}:answered`,
    kind: 'complaint_answered',
    title: `您的${kind}已答复`,
    body: `受理编号 ${row.number} 的${kind}已有答复，点开查看。`,
    route: routes.complaint(row.id),
  }
}
