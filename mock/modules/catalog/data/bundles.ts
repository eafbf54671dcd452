import type { BundleSeed } from './types'

/**
 * 高效办成一件事: items handled as one, with one merged form and de-duplicated materials. Members
 * are hand-written items whose shared materials and fields use the same refs and keys, so the
 * merge in the bundle endpoint shows 居民身份证 or 申请人姓名 once.
 */
export const bundleSeeds: BundleSeed[] = [
  {
    id: 'bundle-clinic-filing',
    name: '诊所备案一件事',
    scene: '医疗机构',
    audience: 'enterprise',
    description:
      '青山区作为包头市试点，将医师执业地点变更、护士变更注册、诊所备案3个事项打包整合：一张申请表、一次提交、一个窗口，身份证和资质证明只交一次，办理时限由5个工作日压缩至1个工作日，帮办员事前上门指导房屋、设备和人员准备。',
    itemIds: ['health-doctor-change', 'health-nurse-change', 'health-clinic-filing'],
    promisedDays: 1,
    visits: 1,
  },
  {
    id: 'bundle-enterprise-setup',
    name: '企业开办一件事',
    scene: '企业开办',
    audience: 'enterprise',
    description:
      '营业执照、公章刻制、税务信息确认和数电发票、社保医保单位参保登记、住房公积金缴存登记和银行开户预约一网通办：一次填报、信息共享，首套印章免费，执照、印章可在企业开办专区或政银合作网点一并领取，1个工作日内全部办结。',
    itemIds: [
      'market-llc-setup',
      'police-seal-engraving',
      'tax-new-taxpayer',
      'tax-invoice-first',
      'social-unit-registration',
      'medical-unit-registration',
      'fund-unit-registration',
      'bank-account-appointment',
    ],
    promisedDays: 1,
    visits: 1,
    produces: ['uscc', 'bankAccount'],
  },
  {
    id: 'bundle-individual-business',
    name: '个体工商户开办一件事',
    scene: '就业创业',
    audience: 'personal',
    description:
      '个体工商户登记、仅销售预包装食品备案、税务信息确认和发票领用一次办结；万达广场、正翔商圈便民服务点的“商户专属绿色通道”可现场自助办理，当场拿执照。',
    itemIds: [
      'market-individual-setup',
      'market-prepackaged-food-filing',
      'tax-new-taxpayer',
      'tax-invoice-first',
    ],
    promisedDays: 0,
    visits: 0,
  },
  {
    id: 'bundle-newborn',
    name: '新生儿出生一件事',
    scene: '出生',
    audience: 'personal',
    description:
      '出生登记（落户）、城乡居民医保参保、社会保障卡申领和预防接种证办理联办：父母一次提交出生医学证明和身份证，信息在公安、医保、人社、卫健间共享，新生儿自出生之日起享受医保待遇。',
    itemIds: [
      'police-birth-registration',
      'medical-resident-registration',
      'hrss-social-card-apply',
      'health-vaccination-cert',
    ],
    promisedDays: 1,
    visits: 1,
  },
  {
    id: 'bundle-retirement',
    name: '退休一件事',
    scene: '退休养老',
    audience: 'personal',
    description:
      '企业职工退休审批、职工医保退休人员待遇核定和住房公积金退休提取联办：单位或本人一次申请，养老金核定、医保年限核定和公积金销户提取同步办理，退休次月起按时领取养老金。',
    itemIds: ['social-retirement-approval', 'medical-retiree-benefit', 'fund-withdraw-retirement'],
    promisedDays: 5,
    visits: 0,
  },
  {
    id: 'bundle-mortgaged-transfer',
    name: '不动产登记“带押过户”一件事',
    scene: '住房',
    audience: 'personal',
    description:
      '二手房买卖中卖方贷款未还清的，经抵押权人同意，契税申报、原抵押注销、转移登记和买方新抵押登记在不动产登记窗口一次受理、合并办理，卖方无需先筹钱还贷，1个工作日办结。',
    itemIds: ['tax-deed-tax', 'realty-mortgage-release', 'realty-transfer', 'realty-mortgage'],
    promisedDays: 1,
    visits: 1,
  },
  {
    id: 'bundle-hiring',
    name: '员工录用一件事',
    scene: '用工参保',
    audience: 'enterprise',
    description:
      '单位招用员工后，就业登记、职工社保参保登记（增员）和职工医保增员一次申报，员工信息只填一次、劳动合同只交一次，即时办结。',
    itemIds: [
      'hrss-employment-registration',
      'social-employee-registration',
      'medical-employee-add',
    ],
    promisedDays: 0,
    visits: 0,
  },
  {
    id: 'bundle-unemployment',
    name: '失业保险待遇申领一件事',
    scene: '就业创业',
    audience: 'personal',
    description:
      '失业登记、失业保险金申领和灵活就业参保登记联办：一次提交，失业保险金按月发放并代缴职工医保费，同时获得岗位推荐和免费培训。',
    itemIds: [
      'hrss-unemployment-registration',
      'hrss-unemployment-benefit',
      'social-flexible-registration',
    ],
    promisedDays: 1,
    visits: 0,
  },
  {
    id: 'bundle-flexible-insurance',
    name: '灵活就业社保参保一件事',
    scene: '社保医保',
    audience: 'personal',
    description:
      '灵活就业登记、灵活就业人员参保登记和社会保险费缴纳一次办：不限户籍，登记、参保、缴费在手机上或社区便民服务站一次完成。',
    itemIds: [
      'hrss-flexible-employment-registration',
      'social-flexible-registration',
      'tax-flexible-insurance-premium',
    ],
    promisedDays: 0,
    visits: 0,
  },
]

/** The fields a bundle's form leaves out because the bundle produces them (see `produces`). */
export const fieldsProducedBy = (bundleId: string): readonly string[] =>
  bundleSeeds.find((b) => b.id === bundleId)?.produces ?? []
