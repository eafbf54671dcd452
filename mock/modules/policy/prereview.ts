import {
  formatDay,
  type EnterpriseProfileForm,
  type PreReview,
} from '../../../src/services/contract'
import { describeActual } from './describe'
import { evaluate, leaves, matchStatus, metCount, plan } from './evaluate'
import { FACT_META } from './facts'
import { nextDeadline } from './match'
import type { Facts, PolicySeed } from './types'

export type PreReviewOutcome = Pick<PreReview, 'title' | 'outcome' | 'reasons' | 'nextSteps'>

/** Policy applications are handed in at the 企业智惠服务专区 of the centre. */
const ENTERPRISE_ZONE = { id: 'enterprise', place: '青山区政务服务中心 企业智惠服务专区' }

/** What a passed policy pre-review hands in, where and by when. */
export function submissionOf(p: PolicySeed, today: string): NonNullable<PreReview['submit']> {
  return {
    materials: [...p.materials],
    place: `${ENTERPRISE_ZONE.place}（${p.department}窗口）`,
    deadline: p.deadline === null ? null : nextDeadline(p.deadline, today),
    zoneId: ENTERPRISE_ZONE.id,
  }
}

/** 政策兑现在线预审: the same rules as matching, phrased as a reviewer's answer. */
export function reviewPolicy(p: PolicySeed, facts: Facts, today: string): PreReviewOutcome {
  const root = evaluate(p.condition, facts)
  const status = matchStatus(root, metCount(root))
  const title = `政策兑现预审：${p.title}`
  const all = leaves(root)
  if (status === 'full') {
    const submit = submissionOf(p, today)
    return {
      title,
      outcome: 'pass',
      reasons: all.filter((l) => l.status === 'met').map((l) => `符合：${l.leaf.clause}`),
      nextSteps: [
        `下一步提交申报材料：${submit.materials.join('、')}`,
        `提交地点：${submit.place}，到现场取号后交窗口`,
        submit.deadline === null
          ? '全年受理'
          : `请在${formatDay(submit.deadline, new Date(`${today}T12:00:00+08:00`))}前提交`,
        `咨询：${p.contact}`,
      ],
    }
  }
  if (status === 'info') {
    const missing = [
      ...new Set(
        all.filter((l) => l.status === 'unknown').map((l) => FACT_META[l.leaf.fact].label),
      ),
    ]
    return {
      title,
      outcome: 'need_info',
      reasons: [`还缺少以下企业信息，无法判断：${missing.join('、')}`],
      nextSteps: ['在“企业画像”中补充上述信息后重新预审'],
    }
  }
  const steps = plan(root, facts)
  return {
    title,
    outcome: 'fail',
    reasons: all
      .filter((l) => l.status === 'unmet')
      .map((l) => {
        const actual = describeActual(l.leaf.fact, facts)
        return `不符合：${l.leaf.clause}${actual === null ? '' : `（${actual}）`}`
      }),
    nextSteps: steps.length > 0 ? steps : ['暂不符合申报条件，可订阅新政策提醒'],
  }
}

const ANNUAL_REPORT_FIELDS: readonly (keyof EnterpriseProfileForm)[] = [
  'foundedOn',
  'staff',
  'revenue',
  'insurancePaid',
]
const FIELD_LABELS: Partial<Record<keyof EnterpriseProfileForm, string>> = {
  foundedOn: '成立日期',
  staff: '从业人数',
  revenue: '上年度营业收入',
  insurancePaid: '社保（失业保险）缴纳情况',
}

/** 执照年检 = 企业年度报告公示: 1月1日至6月30日 reports the previous year. */
export function reviewAnnualReport(form: EnterpriseProfileForm, today: string): PreReviewOutcome {
  const title = '执照年检（企业年度报告）预审'
  const year = Number(today.slice(0, 4))
  const missing = ANNUAL_REPORT_FIELDS.filter((f) => form[f] === '').map((f) => FIELD_LABELS[f])
  if (missing.length > 0) {
    return {
      title,
      outcome: 'need_info',
      reasons: [`年报需要填报的信息还不完整：${missing.join('、')}`],
      nextSteps: ['在“企业画像”中补充后重新预审'],
    }
  }
  if (Number(form.foundedOn.slice(0, 4)) >= year) {
    return {
      title,
      outcome: 'pass',
      reasons: ['当年新设立的企业，自下一年1月1日起报送本年度年报'],
      nextSteps: [`${year + 1}年1月1日至6月30日报送${year}年度年报`],
    }
  }
  const inWindow = today.slice(5) <= '06-30'
  const reportYear = inWindow ? year - 1 : year
  const opens = inWindow ? '现在即可报送' : `${year + 1}年1月1日起可报送`
  const reasons = [
    '年报所需的从业人数、营业收入、社保缴纳信息齐全',
    ...(form.taxCredit === 'D' ? ['纳税信用为D级：年报中的纳税信息将被重点核查，请如实填报'] : []),
    ...(form.insurancePaid === 'no' ? ['社保未按时足额缴纳：年报须如实填报欠缴金额'] : []),
  ]
  return {
    title,
    outcome: form.taxCredit === 'D' || form.insurancePaid === 'no' ? 'fail' : 'pass',
    reasons,
    nextSteps: [
      `${opens}：登录国家企业信用信息公示系统（内蒙古）报送${reportYear}年度年报`,
      `截止${reportYear + 1}-06-30；逾期未报将被列入经营异常名录`,
    ],
  }
}
