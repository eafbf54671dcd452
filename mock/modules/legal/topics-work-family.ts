import { LABOR_ONE_YEAR, noPeriod, runningPeriod, WAGES_AFTER_LEAVING } from './limitation'
import { choice, date, PUBLIC_LEGAL_SERVICE, type TopicDef } from './topic-def'

export const laborTopic: TopicDef = {
  id: 'labor',
  name: '劳务争议/欠薪',
  description: '拖欠工资、没签劳动合同、被辞退、工伤待遇',
  questions: [
    choice('issue', '争议事项', '主要是什么问题？', [
      ['wages', '拖欠工资'],
      ['double_pay', '没签书面劳动合同，要二倍工资'],
      ['dismissal', '被违法辞退，要赔偿金'],
      ['injury', '工伤待遇'],
    ]),
    choice('employed', '是否在职', '您现在还在这家单位上班吗？', [
      ['yes', '还在上班'],
      ['no', '已经离职或被辞退'],
    ]),
    date('left', '离职日期', '哪天离职（或被辞退）的？', {
      when: { question: 'employed', value: 'no' },
    }),
    date('known', '知道权利受损之日', '您哪天知道自己的权益受到侵害？', {
      hint: '如发工资日没发、收到辞退通知、工伤认定结论送达的日期',
    }),
    choice('contract', '劳动合同', '签过书面劳动合同吗？', [
      ['yes', '签过'],
      ['no', '没签过'],
    ]),
  ],
  evidence(a) {
    const list = [
      a.contract === 'yes'
        ? '劳动合同'
        : '能证明劳动关系的材料：工牌、考勤记录、工作群聊天记录、同事证言',
      '工资条、银行工资流水或微信/支付宝转账记录',
    ]
    if (a.issue === 'wages') list.push('欠薪明细（月份、金额）和催要工资的聊天记录或短信')
    if (a.issue === 'dismissal') list.push('辞退通知书或辞退时的聊天记录、录音')
    if (a.issue === 'injury') list.push('工伤认定决定书、劳动能力鉴定结论、医疗费票据')
    if (a.issue === 'double_pay') list.push('入职时间的证明（入职登记、第一笔工资记录）')
    list.push('居民身份证')
    return list
  },
  limitation(a, now) {
    if (a.issue === 'wages' && a.employed === 'yes') {
      return noPeriod(
        'paused',
        '劳动争议仲裁时效 1 年（欠薪）',
        '在职期间追讨欠薪不受一年限制；离职后须在一年内申请劳动仲裁。建议尽早保全证据。',
        '《中华人民共和国劳动争议调解仲裁法》第二十七条第四款',
      )
    }
    if (a.issue === 'wages' && a.left) return runningPeriod(WAGES_AFTER_LEAVING, a.left, now)
    return runningPeriod(LABOR_ONE_YEAR, a.known ?? '', now)
  },
  nextSteps(a) {
    return [
      '先与单位协商，或向单位所在地劳动保障监察大队投诉（欠薪可拨打 12333）',
      '协商不成：向青山区劳动人事争议仲裁委员会申请劳动仲裁，仲裁不收费',
      a.issue === 'injury'
        ? '尚未做工伤认定的，受伤之日起一年内向人社部门申请工伤认定'
        : '对仲裁裁决不服的，收到裁决书之日起十五日内向人民法院起诉',
      PUBLIC_LEGAL_SERVICE,
    ]
  },
}

export const familyTopic: TopicDef = {
  id: 'family',
  name: '婚姻家庭',
  description: '离婚、抚养费赡养费、财产分割、家庭暴力',
  questions: [
    choice('matter', '事项', '想解决哪件事？', [
      ['divorce', '离婚（协议或起诉）'],
      ['support', '要抚养费、赡养费'],
      ['hidden', '离婚后发现对方隐藏、转移财产'],
      ['violence', '遭受家庭暴力'],
    ]),
    date('found', '发现隐藏财产之日', '哪天发现对方隐藏、转移财产的？', {
      when: { question: 'matter', value: 'hidden' },
    }),
    choice('children', '子女', '有未满十八周岁的子女吗？', [
      ['yes', '有'],
      ['no', '没有'],
    ]),
  ],
  evidence(a) {
    const list = ['结婚证（已离婚的带离婚证或离婚协议、判决书）', '户口簿、居民身份证']
    if (a.children === 'yes') list.push('子女出生医学证明，子女生活、上学开支凭证')
    if (a.matter === 'divorce' || a.matter === 'hidden')
      list.push('房产证、车辆登记证、存款和理财记录等夫妻共同财产线索')
    if (a.matter === 'support') list.push('对方收入情况的线索，以及曾经支付或拒付的记录')
    if (a.matter === 'violence')
      list.push('报警回执、告诫书、伤情照片、就医病历、证人证言、威胁的聊天记录')
    return list
  },
  limitation(a, now) {
    if (a.matter === 'hidden' && a.found) {
      return runningPeriod(
        {
          name: '再次分割夫妻共同财产 3 年',
          years: 3,
          rule: '离婚后发现对方隐藏、转移、变卖、毁损夫妻共同财产的，自发现之日起三年内可以起诉请求再次分割。',
          basis: '《中华人民共和国民法典》第一千零九十二条、第一百八十八条',
        },
        a.found,
        now,
      )
    }
    if (a.matter === 'support') {
      return noPeriod(
        'none',
        '不适用诉讼时效',
        '请求支付抚养费、赡养费或者扶养费，不受诉讼时效限制。',
        '《中华人民共和国民法典》第一百九十六条第三项',
      )
    }
    if (a.matter === 'violence') {
      return noPeriod(
        'none',
        '人身安全保护令不受时效限制',
        '可随时向人民法院申请人身安全保护令，法院应在72小时内作出，情况紧急的24小时内作出。',
        '《中华人民共和国反家庭暴力法》第二十三条、第二十八条',
      )
    }
    return noPeriod(
      'none',
      '离婚请求不适用诉讼时效',
      '离婚没有时效限制；协议离婚需双方到婚姻登记机关申请，并经过30日离婚冷静期。',
      '《中华人民共和国民法典》第一千零七十六条、第一千零七十七条',
    )
  },
  nextSteps(a) {
    const steps =
      a.matter === 'violence'
        ? ['情况紧急请立即拨打 110', '向人民法院申请人身安全保护令，或向妇联、居委会求助']
        : ['可先申请人民调解（社区人民调解委员会，免费）', '调解不成的，向青山区人民法院起诉']
    return [...steps, PUBLIC_LEGAL_SERVICE]
  },
}
