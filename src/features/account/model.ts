import type { AgentGrant, AgentScope, Profile } from '../../services/contract'
import { AGENT_SCOPE_NAMES } from '../../services/contract/choices'
import { formatDay, formatDayTime } from '../../services/contract'

export interface IdentitySummary {
  kind: '个人' | '法人'
  title: string
  detail: string
}

/** What 我的 says about who the user is acting as. */
export function identitySummary(profile: Profile): IdentitySummary {
  const enterprise = profile.enterprises.find((e) => e.id === profile.activeEnterpriseId)
  if (enterprise) {
    return {
      kind: '法人',
      title: enterprise.name,
      detail: `统一社会信用代码 ${enterprise.usccMasked}`,
    }
  }
  if (profile.realName) {
    return {
      kind: '个人',
      title: profile.realName.nameMasked,
      detail: `身份证 ${profile.realName.idNumberMasked}`,
    }
  }
  return {
    kind: '个人',
    title: profile.nickname,
    detail: '尚未实名核验，电子证照、表单预填和企业业务需先核验',
  }
}

/** Dates and times are shown in Beijing time, whatever the phone's zone (the wire carries UTC). */
export const beijingDay = (iso: string) => formatDay(iso)
export const beijingMinute = (iso: string) => formatDayTime(iso)

const METHOD_NAMES = { sms: '人口库登记手机验证码', face: '微信人脸核身' } as const

/** What the verified card says: who, and how and when it was proven. */
export function verifiedText(realName: NonNullable<Profile['realName']>): string {
  const day = beijingDay(realName.verifiedAt)
  return `已通过实名核验：${realName.nameMasked}，身份证 ${realName.idNumberMasked}（${METHOD_NAMES[realName.method]}，${day}）`
}

/** Said when another account proved this account's former identity. */
export function verificationNote(movedAt: string): string {
  return `您的实名身份已于${beijingDay(movedAt)}在另一个微信账号上核验，本账号已解除实名和企业绑定。如非本人操作，请拨打12345。`
}

/** The scope choices of a 经办人 grant, as one question with plain answers. */
export const AGENT_SCOPE_CHOICES = [
  {
    value: 'policy',
    label: '政策匹配、预审与订阅',
    description: '经办人可维护企业画像、提交政策预审',
  },
  {
    value: 'finance',
    label: '融资贷款申请',
    description: '经办人可做信用自评、以企业名义申请贷款',
  },
  { value: 'both', label: '以上两项', description: '政策和贷款业务都可以办' },
] as const
export type AgentScopeChoice = (typeof AGENT_SCOPE_CHOICES)[number]['value']

export const AGENT_DAY_CHOICES = [
  { value: '7', label: '7天' },
  { value: '30', label: '30天' },
  { value: '90', label: '90天' },
  { value: '365', label: '一年' },
] as const

export const scopesOfChoice = (choice: AgentScopeChoice): AgentScope[] =>
  choice === 'both' ? ['policy', 'finance'] : [choice]

/** What the identity switch says under a bound enterprise: whose it is, and for a 经办人 what and until when. */
export function enterpriseDescription(e: Profile['enterprises'][number]): string {
  const code = `统一社会信用代码 ${e.usccMasked}`
  if (e.basis === 'legal_rep') return `${code} · 法定代表人`
  const scopes = e.scopes.map((s) => AGENT_SCOPE_NAMES[s]).join('、')
  return `${code} · 经办人（${scopes}）至${e.validUntil === null ? '长期' : beijingDay(e.validUntil)}`
}

const GRANT_STATUS: Record<AgentGrant['status'], string> = {
  unclaimed: '待经办人输入授权码',
  active: '生效中',
  expired: '已到期',
  revoked: '已撤销',
}
export const grantStatusText = (status: AgentGrant['status']) => GRANT_STATUS[status]
