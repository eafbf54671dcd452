import { flow, item, opt, quick, type Draft } from './build'
import { center, streets } from './places'

const REG = '《不动产登记暂行条例》'
const REG_RULES = '《不动产登记暂行条例实施细则》（自然资源部令第5号修正）'
const CIVIL_CODE = '《中华人民共和国民法典》'
const FEE =
  '住宅类每件80元，非住宅类每件550元（含第一本证书工本费，每增加一本加收10元）；小微企业（含个体工商户）免收'
const REALTY_WINDOW = center('不动产登记窗口 17-22号窗口')

/** 预告登记、查询证明与补证, 包头市不动产登记中心青山区分中心. */
export const realtyServiceItems: Draft[] = [
  item({
    id: 'realty-advance-notice',
    name: '预购商品房预告登记',
    main: '不动产登记',
    sub: '预告登记',
    category: '行政确认',
    dept: 'realty',
    audiences: ['personal'],
    scenes: ['住房'],
    scopes: ['city'],
    keywords: ['预告登记', '期房', '预售房', '网签备案后登记'],
    conditions: ['已签订并网签备案商品房预售合同', '开发企业同意或合同约定可单方申请'],
    materials: [
      'realtyApplication',
      'idCard',
      'newHouseContract',
      opt('mortgageContract', '同时办理预购商品房抵押预告登记的提供'),
    ],
    steps: flow(
      '买受人与开发企业在售楼处“登记延伸点”或窗口提交申请',
      '登记机构受理',
      '审查预售许可和网签合同',
      '登簿记载预告登记',
      '出具不动产登记证明',
    ),
    legalDays: 30,
    promisedDays: 1,
    fee: FEE,
    visits: 0,
    online: true,
    basis: [`${CIVIL_CODE}第二百二十一条`, `${REG}第三条`, REG_RULES],
    faqs: [
      [
        '预告登记有什么用？',
        '预告登记后，未经买受人同意，开发商再处分该房屋的不发生物权效力，防止“一房多卖”。',
      ],
      ['交房后要再办什么？', '房屋首次登记完成后90日内申请转移登记，否则预告登记失效。'],
    ],
    places: [REALTY_WINDOW],
    fields: ['obligeeName', 'idNumber', 'propertyAddress', 'transactionPrice', 'phone'],
    popularity: 230,
  }),
  item({
    id: 'realty-info-certificate',
    name: '不动产登记资料查询（有无房产证明）',
    category: '公共服务',
    dept: 'realty',
    audiences: ['personal', 'enterprise'],
    scenes: ['住房', '户籍证明', '上学'],
    scopes: ['city', 'region', 'hbew', 'hb'],
    keywords: ['无房证明', '房产查询', '有房证明', '查房产', '证明开具', '不动产查询'],
    conditions: ['权利人查询本人名下不动产', '利害关系人凭相关证明查询不动产自然状况'],
    materials: ['idCard', opt('powerOfAttorney', '委托查询的提交经公证的委托书')],
    steps: quick(
      '在包头市不动产登记网上办事大厅、蒙速办或自助查询机刷脸查询',
      '系统即时生成查询结果证明',
      '下载带电子签章的查询证明或现场打印',
    ),
    legalDays: null,
    promisedDays: 0,
    fee: '不收费',
    visits: 0,
    online: true,
    basis: [
      `${REG}第二十七条、第二十八条`,
      '《不动产登记资料查询暂行办法》（自然资源部令第5号修正）',
    ],
    faqs: [
      ['孩子上学要的“住房证明”在哪开？', '手机上即可开具本人名下不动产查询结果，学校可扫码验真。'],
      [
        '能查别人的房子吗？',
        '不能查询他人名下的全部房产；利害关系人只能查询特定不动产的自然状况和有无查封、抵押。',
      ],
    ],
    places: [REALTY_WINDOW, ...streets('自助查询机')],
    fields: ['applicantName', 'idNumber', 'phone', 'purpose'],
    popularity: 600,
  }),
  item({
    id: 'realty-cert-reissue',
    name: '不动产权证书补发',
    main: '不动产登记',
    sub: '换证补证',
    category: '行政确认',
    dept: 'realty',
    audiences: ['personal', 'enterprise'],
    scenes: ['住房', '不动产'],
    scopes: ['city'],
    keywords: ['房本丢了', '补房产证', '房产证遗失', '补证'],
    conditions: ['不动产权证书遗失或灭失'],
    materials: ['realtyApplication', 'idCard', 'lossAnnouncement'],
    steps: flow(
      '权利人到窗口申请补发并签署遗失声明',
      '窗口受理',
      '登记机构在门户网站公告15个工作日',
      '公告期满无异议的补发证书，并在登记簿上记载',
      '领取补发的不动产权证书，原证书作废',
    ),
    legalDays: 30,
    promisedDays: 20,
    fee: '不收取登记费，证书工本费每本10元',
    visits: 1,
    online: false,
    basis: [REG_RULES],
    faqs: [
      ['还需要登报吗？', '不需要，登记机构在门户网站免费公告。'],
      [
        '房本丢了会被别人卖掉吗？',
        '过户须本人到场或经公证委托，并核验身份，仅凭证书无法办理；如有担心可先申请异议登记。',
      ],
    ],
    places: [REALTY_WINDOW],
    fields: ['obligeeName', 'idNumber', 'propertyAddress', 'propertyCertNumber', 'phone'],
    popularity: 180,
  }),
]
