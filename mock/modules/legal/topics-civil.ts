import { CIVIL_THREE_YEARS, PRODUCT_DEFECT_TWO_YEARS, runningPeriod } from './limitation'
import { choice, date, PUBLIC_LEGAL_SERVICE, type TopicDef } from './topic-def'

/** The later of two dates: a demand for payment restarts the period (民法典第195条). */
const later = (a: string, b: string | undefined) => (b !== undefined && b > a ? b : a)

export const contractTopic: TopicDef = {
  id: 'contract',
  name: '合同纠纷',
  description: '借钱不还、货款工程款拖欠、服务不履约',
  questions: [
    choice('type', '合同类型', '是哪一类合同？', [
      ['loan', '借款、欠款不还'],
      ['sale', '买卖货款'],
      ['service', '装修、承揽、服务'],
      ['other', '其他合同'],
    ]),
    date('due', '约定履行期限', '约定的还款（付款、完工）期限是哪天？', {
      hint: '没有约定期限的，选您第一次向对方要求履行的日期',
    }),
    date('demand', '最近一次催要', '最近一次有记录地向对方催要是哪天？（没有可不填）', {
      required: false,
      hint: '短信、微信、律师函、对方签字的催款单都算',
    }),
    choice('written', '书面凭证', '手里有什么凭证？', [
      ['contract', '书面合同或借条、欠条'],
      ['chat', '只有聊天记录或转账记录'],
      ['oral', '只有口头约定'],
    ]),
  ],
  evidence(a) {
    const list = [
      a.written === 'contract' ? '合同、借条或欠条原件' : '能证明双方约定的聊天记录、录音、证人',
      '付款或交付凭证：银行转账、微信/支付宝记录、收货单',
      '催要的记录（短信、微信截图要能看到对方身份和日期）',
      '对方的姓名、身份证号或企业名称、住址，便于起诉',
    ]
    if (a.type === 'service') list.push('验收单、质量问题的照片或检测报告')
    return list
  },
  limitation: (a, now) => runningPeriod(CIVIL_THREE_YEARS, later(a.due ?? '', a.demand), now),
  nextSteps: () => [
    '先书面催告（微信、短信或律师函），写明金额和期限，并保存记录',
    '可申请人民调解；标的较小的可向青山区人民法院起诉，适用小额诉讼程序',
    PUBLIC_LEGAL_SERVICE,
  ],
}

export const tenancyTopic: TopicDef = {
  id: 'tenancy',
  name: '房屋租赁',
  description: '押金不退、拖欠租金、提前解约、维修',
  questions: [
    choice('role', '身份', '您是租客还是房东？', [
      ['tenant', '租客'],
      ['landlord', '房东'],
    ]),
    choice('issue', '争议事项', '发生了什么？', [
      ['deposit', '押金不退'],
      ['rent', '拖欠租金'],
      ['termination', '提前解约、被要求搬走'],
      ['repair', '房屋问题不维修'],
    ]),
    date('since', '纠纷发生日', '纠纷是哪天发生的？', {
      hint: '如退房交钥匙的日期、租金应付的日期',
    }),
    choice('written', '租赁合同', '签过书面租赁合同吗？', [
      ['yes', '签过'],
      ['no', '没签'],
    ]),
  ],
  evidence(a) {
    const list = [
      a.written === 'yes' ? '租赁合同' : '能证明租赁关系的聊天记录、租金转账记录',
      '押金、租金的收付凭证',
      '交房、退房时的照片或视频，水电燃气抄表记录',
    ]
    if (a.issue === 'repair') list.push('房屋问题的照片、通知对方维修的记录')
    list.push('对方身份信息，房东的房产证复印件')
    return list
  },
  limitation: (a, now) => runningPeriod(CIVIL_THREE_YEARS, a.since ?? '', now),
  nextSteps: (a) => [
    a.role === 'tenant'
      ? '押金、维修问题先书面通知房东，给出合理期限'
      : '租客欠租的，先书面催告，逾期不付可依合同解除',
    '可申请社区人民调解；调解不成向青山区人民法院起诉',
    PUBLIC_LEGAL_SERVICE,
  ],
}

export const consumerTopic: TopicDef = {
  id: 'consumer',
  name: '消费维权',
  description: '商品质量、网购退货、预付卡、产品致损',
  questions: [
    choice('issue', '问题', '遇到了什么问题？', [
      ['quality', '商品质量问题，要退换'],
      ['online', '网购七日无理由退货被拒'],
      ['prepaid', '办了卡，商家关门或不退钱'],
      ['defect', '产品缺陷造成人身或财产损害'],
    ]),
    date('since', '发现问题之日', '哪天发现问题（受到损害）的？'),
    choice('receipt', '购物凭证', '有发票、小票或订单记录吗？', [
      ['yes', '有'],
      ['no', '没有'],
    ]),
  ],
  evidence(a) {
    const list = [
      a.receipt === 'yes' ? '发票、小票或电子订单' : '付款记录（银行、微信、支付宝）代替购物凭证',
      '商品本身和问题部位的照片、视频',
      '与商家沟通的记录',
    ]
    if (a.issue === 'prepaid') list.push('预付卡、办卡合同和余额记录')
    if (a.issue === 'defect') list.push('就医病历和费用票据、财产损失清单、质量检测报告')
    return list
  },
  limitation: (a, now) =>
    runningPeriod(
      a.issue === 'defect' ? PRODUCT_DEFECT_TWO_YEARS : CIVIL_THREE_YEARS,
      a.since ?? '',
      now,
    ),
  nextSteps: (a) => [
    a.issue === 'online'
      ? '网购商品（定制、鲜活等除外）收货之日起七日内可无理由退货'
      : '先找商家协商，保留沟通记录',
    '协商不成拨打 12315 或在全国 12315 平台投诉，由市场监管部门调解',
    PUBLIC_LEGAL_SERVICE,
  ],
}

export const trafficTopic: TopicDef = {
  id: 'traffic',
  name: '交通事故',
  description: '人身损害、车辆损失、保险理赔',
  questions: [
    choice('injury', '损害', '事故中有人受伤吗？', [
      ['yes', '有人受伤'],
      ['no', '只有车辆、财物损失'],
    ]),
    date('happened', '事故日期', '事故是哪天发生的？'),
    date('assessed', '伤残鉴定日期', '伤残鉴定（伤情确定）是哪天出结论的？（还没做可不填）', {
      required: false,
      when: { question: 'injury', value: 'yes' },
    }),
    choice('report', '事故认定', '交警出具事故认定书了吗？', [
      ['yes', '出具了'],
      ['no', '还没有或没报警'],
    ]),
  ],
  evidence(a) {
    const list = [
      a.report === 'yes' ? '道路交通事故认定书' : '现场照片、视频、行车记录仪录像、目击者联系方式',
      '对方车辆号牌、驾驶证和交强险、商业险保单信息',
      '车辆维修清单和发票、定损单',
    ]
    if (a.injury === 'yes') list.push('病历、诊断证明、医疗费票据、误工证明、伤残鉴定意见书')
    return list
  },
  limitation(a, now) {
    const start = a.injury === 'yes' && a.assessed !== undefined ? a.assessed : (a.happened ?? '')
    return runningPeriod(CIVIL_THREE_YEARS, start, now)
  },
  nextSteps: () => [
    '事故后及时报警（122）并通知保险公司',
    '可申请交警部门调解，或人民调解；调解不成向青山区人民法院起诉',
    PUBLIC_LEGAL_SERVICE,
  ],
}
