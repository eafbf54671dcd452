import type { Category, Draft, Step } from './build'
import type { EntryGroup, Expanded } from './long-tail-model'

/** Guide text for generated items, by category: conditions, steps and 常见问题. */

export const PROCEDURE_LAW = '《中华人民共和国行政处罚法》第五十四条至第六十七条'
export const PENALTY_FAQS: Draft['faqs'] = [
  {
    q: '对处罚决定不服怎么办？',
    a: '可以自收到行政处罚决定书之日起60日内向青山区人民政府申请行政复议，或者6个月内向人民法院提起行政诉讼；复议、诉讼期间不停止执行，法律另有规定的除外。',
  },
  {
    q: '哪些情况可以要求听证？',
    a: '拟作出较大数额罚款、没收较大数额违法所得、降低资质等级、吊销许可证件、责令停产停业、责令关闭、限制从业等处罚的，当事人可以在被告知后5日内提出听证要求，听证不收费。',
  },
  {
    q: '第一次违法也会被罚款吗？',
    a: '初次违法且危害后果轻微并及时改正的，可以不予行政处罚（《行政处罚法》第三十三条）；各部门按照“首违不罚”事项清单执行。',
  },
]
export const CHECK_FAQS: Draft['faqs'] = [
  {
    q: '检查会不会影响正常经营？',
    a: '青山区推行“综合查一次”和“双随机、一公开”，同一部门对同一对象的检查事项合并实施，无投诉举报等特殊情况不增加检查频次。',
  },
  {
    q: '如何确认检查人员的身份？',
    a: '执法人员不少于两人并主动出示行政执法证件；对身份有疑问的，可拨打12345政务服务便民热线或实施部门咨询电话核实。',
  },
]

export function conditionsFor(category: Category, e: Expanded, group: EntryGroup): string[] {
  const law = group.basis[0] ?? '有关法律法规'
  const who =
    group.audiences[0] === 'enterprise'
      ? '依法设立的单位或个体工商户'
      : '具有完全民事行为能力的本人（或其监护人、委托代理人）'
  const sub = e.sub
  switch (category) {
    case '行政许可':
      if (/变更/.test(sub))
        return [
          `已取得${e.main}且在有效期内`,
          '许可事项发生变化，变化后仍符合许可条件',
          `在变化发生后按${law}规定的期限内申请`,
        ]
      if (/延续|延期|换发|复审|复查|校验|再注册/.test(sub))
        return [
          `已取得${e.main}且在有效期内`,
          '在有效期届满30日前提出申请',
          '近一个许可周期内无严重违法记录，条件未发生不利变化',
        ]
      if (/注销|终止|歇业|停业/.test(sub))
        return [
          `已取得${e.main}`,
          '因停止经营、期满不再延续或其他法定情形需要注销（停业）',
          '已结清与许可相关的未了事项',
        ]
      if (/补办|补证|补发/.test(sub))
        return [`已取得${e.main}`, '许可证件遗失或损毁', '已书面说明遗失情况或交回损毁证件']
      return [
        `申请人为${who}`,
        `具备从事相关活动所需的场所、设施设备、专业人员和管理制度`,
        `符合${law}等规定的条件，不存在依法不予许可的情形`,
      ]
    case '行政确认':
      return [
        `申请人为${who}，且属于${e.main}的对象范围`,
        '提交的身份、权属或事实证明材料真实、合法、有效',
        `符合${law}规定的确认条件`,
      ]
    case '行政给付':
      return [
        `属于${e.name.replace(/给付|申领|补贴$/, '')}政策规定的保障对象`,
        '经资格审核并按规定公示无异议',
        `符合${law}及包头市现行标准`,
      ]
    case '行政裁决':
      return [
        '当事人之间因权属、使用等发生争议，协商不成',
        '争议事项属于青山区受理范围，且未经人民法院受理',
        '申请人与争议有直接利害关系',
      ]
    case '行政奖励':
      return [
        '举报或事迹内容真实，线索经查证属实',
        '举报人或受表彰人身份明确，可以联系',
        `符合${law}规定的奖励条件`,
      ]
    case '其他行政权力':
      return [`申请人为${who}`, `属于${e.main}的适用情形`, `按${law}规定的时限和要求提交材料`]
    default:
      return [
        `需要办理${e.name}的${group.audiences[0] === 'enterprise' ? '单位' : '个人'}`,
        '本人办理，或委托他人凭授权委托书代为办理',
      ]
  }
}

export function stepsFor(category: Category, deptName: string, promised: number): Step[] {
  const within = promised === 0 ? '当场办结' : `${promised}个工作日内作出决定`
  if (category === '公共服务' || promised === 0) {
    return [
      { title: '申请', detail: '通过内蒙古政务服务网、蒙速办、本小程序或到窗口提出申请' },
      { title: '受理即办', detail: `${deptName}窗口核验身份和材料，符合条件的当场办理` },
      { title: '办结送达', detail: '当场出具结果，也可网上下载或免费邮寄' },
    ]
  }
  return [
    { title: '申请', detail: '通过内蒙古政务服务网或到青山区政务服务中心窗口提交申请材料' },
    { title: '受理', detail: '材料齐全、符合法定形式的当场受理；需要补正的一次性告知全部内容' },
    {
      title: '审查',
      detail: `${deptName}对申请材料进行审查，依法需要现场核查或公示的组织核查、公示`,
    },
    { title: '决定', detail: `承诺${within}，不予办理的书面说明理由并告知救济途径` },
    { title: '送达', detail: '结果文书窗口领取、免费邮寄或以电子证照形式推送' },
  ]
}

export function faqsFor(category: Category, e: Expanded, phone: string): Draft['faqs'] {
  const online = {
    q: '可以网上办理吗？',
    a: `可以通过内蒙古政务服务网或本小程序在线申请，材料可拍照上传，需要核验原件的窗口一次办结；不清楚的可拨打${phone}咨询。`,
  }
  if (category === '公共服务') {
    return [
      online,
      {
        q: '可以委托他人办理吗？',
        a: '可以。受托人携带本人和委托人身份证件及授权委托书办理；老年人、残疾人可申请帮办代办或上门服务。',
      },
    ]
  }
  if (category === '行政给付') {
    return [
      online,
      {
        q: '资金多久能到账？',
        a: '审核通过并公示无异议后，按月或一次性发放至本人社会保障卡或银行账户，可在小程序“我的办件”查看进度。',
      },
    ]
  }
  return [
    online,
    {
      q: `${e.main}办理时限从什么时候算？`,
      a: '自受理之日起按工作日计算，补正材料、依法公示、现场核查和专家评审的时间不计入；超过承诺时限未办结的可一键投诉。',
    },
  ]
}

export function exOfficioConditions(category: Category, deptName: string, name: string): string[] {
  switch (category) {
    case '行政强制':
      return [
        `依职权实施：${deptName}在执法中发现需要采取“${name}”措施的情形`,
        '有证据证明存在法定情形，不采取措施可能造成危害后果扩大或证据灭失',
        '经行政机关负责人批准；情况紧急当场实施的，24小时内补办批准手续',
      ]
    case '行政征收':
      return [
        `依职权实施：缴费（纳税）义务人发生${name.replace(/征收$/, '')}法定缴纳情形`,
        '按照国家和自治区规定的标准、期限征收，不得擅自减免或增加',
      ]
    default:
      return [
        `依职权实施：${deptName}依据年度检查计划和“双随机、一公开”抽查清单实施，必要时根据投诉举报开展专项检查`,
        '检查对象为青山区辖区内的相关单位和个人',
      ]
  }
}

export function exOfficioFaqs(category: Category): Draft['faqs'] {
  if (category === '行政强制') {
    return [
      {
        q: '对查封、扣押不服怎么办？',
        a: '可以依法申请行政复议或者提起行政诉讼；当事人也可在实施时当场陈述、申辩，执法人员应当记录在案。',
      },
      {
        q: '查封、扣押的财物会怎么处理？',
        a: '行政机关妥善保管，不得使用或损毁；查明与违法行为无关或者期限届满未作处理的，应当及时解除并退还。',
      },
    ]
  }
  if (category === '行政征收') {
    return [
      {
        q: '可以申请减免吗？',
        a: '符合国家和自治区减免规定的（如小微企业、困难群体），按规定申请减免，未经批准不得自行减免。',
      },
      {
        q: '在哪里缴纳？',
        a: '可通过电子税务局、银行网点、税务自助服务机或窗口缴纳，缴纳后可在线打印票据。',
      },
    ]
  }
  return CHECK_FAQS
}

export function exOfficioSteps(category: Category): Step[] {
  switch (category) {
    case '行政强制':
      return [
        { title: '审批', detail: '实施前向行政机关负责人报告并经批准' },
        {
          title: '告知',
          detail:
            '由两名以上执法人员实施，出示执法证件，当场告知当事人理由、依据以及享有的陈述申辩权利',
        },
        { title: '实施', detail: '制作现场笔录和查封、扣押决定书及清单，由当事人和执法人员签名' },
        {
          title: '处理',
          detail:
            '查封、扣押期限不超过30日，情况复杂的经批准可延长不超过30日；查明后及时作出处理决定',
        },
      ]
    case '行政征收':
      return [
        { title: '核定', detail: '依据缴费（纳税）义务人申报或有关部门推送信息核定应缴金额' },
        { title: '通知', detail: '出具缴款通知，告知缴纳标准、期限和方式' },
        { title: '缴纳', detail: '义务人通过银行、电子税务局或窗口缴纳，取得票据' },
      ]
    default:
      return [
        { title: '计划', detail: '制定年度检查计划，随机抽取检查对象和执法检查人员' },
        { title: '实施', detail: '两名以上执法人员出示证件，依照检查清单实施检查并制作检查记录' },
        { title: '处理', detail: '发现问题的责令限期整改；涉嫌违法的依法立案查处' },
        { title: '公示', detail: '检查结果自作出之日起20个工作日内依法向社会公示' },
      ]
  }
}
