import { flow, item, quick, type Draft } from './build'
import { center } from './places'

const CIVIL_WINDOW = center('民政服务 28号窗口')

/** 养老机构备案与社会团体登记, 青山区民政局. */
export const socialOrgItems: Draft[] = [
  item({
    id: 'civil-elderly-care-filing',
    name: '养老机构备案',
    category: '其他行政权力',
    dept: 'civil',
    audiences: ['enterprise'],
    scenes: ['社会组织', '经营许可'],
    scopes: ['city'],
    keywords: ['养老院备案', '养老机构', '开养老院', '日间照料'],
    conditions: [
      '已依法办理法人登记（民非或企业）',
      '有与服务相适应的场所、设施和人员，符合消防、卫生、食品安全要求',
    ],
    materials: [
      'businessLicense',
      'premisesProof',
      'fireSafetyOpinion',
      'idCard',
      'permitApplication',
    ],
    steps: quick(
      '养老机构在全国养老服务信息系统提交备案书和承诺书',
      '民政部门当场核对材料，完成备案',
      '出具备案回执，纳入日常监管和补贴范围',
    ),
    legalDays: null,
    promisedDays: 0,
    visits: 0,
    online: true,
    basis: [
      '《中华人民共和国老年人权益保障法》第四十三条',
      '《养老机构管理办法》（民政部令第66号）第九条',
    ],
    faqs: [
      ['养老机构还需要许可吗？', '养老机构设立许可已取消，登记后备案即可开展服务。'],
      ['备案后能享受哪些补贴？', '按包头市规定可申请床位建设补贴、运营补贴等。'],
    ],
    places: [CIVIL_WINDOW],
    fields: [
      'enterpriseName',
      'uscc',
      'legalRepresentative',
      'registeredAddress',
      'contactPerson',
      'phone',
    ],
    popularity: 70,
  }),
  item({
    id: 'civil-social-org-setup',
    name: '社会团体成立登记',
    main: '社会团体登记',
    sub: '成立登记',
    category: '行政许可',
    dept: 'civil',
    audiences: ['enterprise', 'personal'],
    scenes: ['社会组织'],
    scopes: ['city'],
    keywords: ['社会团体', '协会', '商会', '社团登记'],
    conditions: [
      '有50个以上个人会员或30个以上单位会员',
      '有规范的名称、组织机构和固定住所',
      '有与业务活动相适应的专职工作人员和合法资产（区级社团活动资金不少于3万元）',
      '经业务主管单位审查同意（行业协会商会等直接登记的除外）',
    ],
    materials: [
      'permitApplication',
      'socialOrgCharter',
      'sponsorApproval',
      'premisesProof',
      'idCard',
    ],
    steps: flow(
      '发起人向民政部门提交成立登记申请',
      '民政部门受理',
      '审查章程、会员、资产和负责人条件',
      '自受理之日起60日内作出准予或不准予登记的决定',
      '发放社会团体法人登记证书',
    ),
    legalDays: 60,
    promisedDays: 20,
    visits: 1,
    online: true,
    basis: ['《社会团体登记管理条例》第三条、第九条、第十条、第十二条'],
    faqs: [
      [
        '商会需要业务主管单位吗？',
        '行业协会商会、科技类、公益慈善类、城乡社区服务类社会组织可直接向民政部门申请登记。',
      ],
      ['社区里的兴趣小组要登记吗？', '社区社会组织可实行备案管理，不需要法人登记。'],
    ],
    places: [CIVIL_WINDOW],
    fields: [
      'enterpriseName',
      'legalRepresentative',
      'registeredAddress',
      'registeredCapital',
      'contactPerson',
      'phone',
    ],
    popularity: 50,
  }),
]
