import type { Profile } from '../../services/contract'

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
  return { kind: '个人', title: profile.nickname, detail: '尚未实名，部分业务需要先完成实名信息' }
}
