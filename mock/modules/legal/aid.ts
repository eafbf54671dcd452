import type {
  AidCheckRequest,
  AidCheckResult,
  AidMatter,
  AidSituation,
} from '../../../src/services/contract'

const MATTER_TEXT: Record<AidMatter, string> = {
  wages: '请求支付劳动报酬',
  work_injury: '请求工伤事故人身损害赔偿',
  social_insurance: '请求给予社会保险待遇',
  support: '请求给付赡养费、抚养费、扶养费',
  injury: '请求交通事故、医疗事故等人身损害赔偿',
  domestic_violence: '遭受虐待、遗弃或者家庭暴力，主张相关权益',
  other_civil: '其他民事纠纷（合同、租赁、借贷等）',
}

const SITUATION_TEXT: Record<AidSituation, string> = {
  assistance: '低保、特困供养等社会救助对象，或司法救助、优抚对象',
  vulnerable: '无固定生活来源的未成年人、老年人、残疾人',
  migrant_worker: '进城务工人员',
  low_income: '家庭收入较低，但不属于以上情形',
  none: '以上都不是',
}

const WHERE =
  '到青山区法律援助中心（青山区公共法律服务中心内）窗口提出申请，或先拨打 12348 热线问清所需材料'

const BASE_DOCUMENTS = [
  '居民身份证（代理人另带身份证和代理关系证明）',
  '法律援助申请表（窗口领取或现场填写）',
]

function caseDocuments(matter: AidMatter): string {
  switch (matter) {
    case 'wages':
      return '劳动关系和欠薪的证据：劳动合同或工牌、考勤、工资流水、欠条'
    case 'work_injury':
      return '工伤认定决定书、劳动能力鉴定结论、病历和费用票据'
    case 'social_insurance':
      return '劳动合同、社保缴费记录、单位拒绝办理或支付的证明'
    case 'support':
      return '户口簿、出生医学证明或亲属关系证明，对方拒付的记录'
    case 'injury':
      return '事故认定书或医疗事故鉴定、病历、费用票据'
    case 'domestic_violence':
      return '报警回执、告诫书、伤情照片、病历或证人证言'
    case 'other_civil':
      return '合同、借条、转账记录等与案件有关的材料'
  }
}

function economicDocument(situation: AidSituation): string | null {
  if (situation === 'assistance')
    return '低保证、特困人员供养证或优抚、救助证明（免予核查经济状况）'
  if (situation === 'vulnerable')
    return '残疾证、老年人或未成年人无固定收入的说明（免予核查经济状况）'
  if (situation === 'low_income')
    return '申请人经济困难状况说明表（如实填写家庭人口和收入，窗口领取）'
  return null
}

const BASIS_SCOPE = '《中华人民共和国法律援助法》第三十一条（可申请法律援助的民事、行政事项）'
const BASIS_NO_MEANS = '《中华人民共和国法律援助法》第三十二条（不受经济困难条件限制的情形）'
const BASIS_EXEMPT = '《中华人民共和国法律援助法》第四十二条（免予核查经济困难状况的人员）'

/** A pre-check only: the 法律援助机构 decides; this says how likely and what to bring. */
export function checkAid({ matter, situation }: AidCheckRequest): AidCheckResult {
  const matterLine = `您要解决的是：${MATTER_TEXT[matter]}`
  const situationLine = `您的情况：${SITUATION_TEXT[situation]}`
  const documents = [...BASE_DOCUMENTS, caseDocuments(matter)]
  const economic = economicDocument(situation)
  if (economic !== null) documents.push(economic)

  if (matter === 'other_civil') {
    return {
      outcome: 'out_of_scope',
      headline: '这类纠纷一般不在法律援助的法定范围内',
      reasons: [
        matterLine,
        '法律援助法列举的民事事项不含一般合同、借贷、租赁纠纷；但您仍可免费咨询律师，或申请人民调解',
      ],
      basis: [BASIS_SCOPE],
      documents,
      where: WHERE,
    }
  }
  if (matter === 'domestic_violence') {
    return {
      outcome: 'eligible',
      headline: '符合条件：不受经济困难条件限制',
      reasons: [matterLine, '遭受虐待、遗弃或者家庭暴力的受害人主张相关权益，申请法律援助不看收入'],
      basis: [BASIS_NO_MEANS],
      documents: documents.filter((d) => !d.includes('经济困难状况说明表')),
      where: WHERE,
    }
  }
  const exempt =
    situation === 'assistance' ||
    situation === 'vulnerable' ||
    (situation === 'migrant_worker' && (matter === 'wages' || matter === 'work_injury'))
  if (exempt) {
    return {
      outcome: 'eligible',
      headline: '很可能符合条件：事项在法律援助范围内，且免予核查经济困难状况',
      reasons: [matterLine, situationLine],
      basis: [BASIS_SCOPE, BASIS_EXEMPT],
      documents,
      where: WHERE,
    }
  }
  if (situation === 'low_income' || situation === 'migrant_worker') {
    return {
      outcome: 'review',
      headline: '事项在法律援助范围内，还需核查经济困难状况',
      reasons: [
        matterLine,
        situationLine,
        '法律援助机构将按包头市公布的经济困难标准核查家庭收入，请如实填写说明表',
      ],
      basis: [BASIS_SCOPE],
      documents:
        economic === null ? [...documents, economicDocument('low_income') ?? ''] : documents,
      where: WHERE,
    }
  }
  return {
    outcome: 'unlikely',
    headline: '事项在范围内，但经济状况可能不符合法律援助条件',
    reasons: [
      matterLine,
      situationLine,
      '法律援助面向经济困难的公民；您仍可在本页“问律师”免费咨询，或拨打 12348',
    ],
    basis: [BASIS_SCOPE],
    documents,
    where: WHERE,
  }
}
