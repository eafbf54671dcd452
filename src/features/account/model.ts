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
  return {
    kind: '个人',
    title: profile.nickname,
    detail: '尚未实名核验，电子证照、表单预填和企业业务需先核验',
  }
}

const METHOD_NAMES = { sms: '人口库登记手机验证码', face: '微信人脸核身' } as const

/** What the verified card says: who, and how and when it was proven. */
export function verifiedText(realName: NonNullable<Profile['realName']>): string {
  const day = realName.verifiedAt.slice(0, 10)
  return `已通过实名核验：${realName.nameMasked}，身份证 ${realName.idNumberMasked}（${METHOD_NAMES[realName.method]}，${day}）`
}

/** Said when another account proved this account's former identity. */
export function verificationNote(movedAt: string): string {
  return `您的实名身份已于${movedAt.slice(0, 10)}在另一个微信账号上核验，本账号已解除实名和企业绑定。如非本人操作，请拨打12345。`
}
