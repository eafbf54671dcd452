// The 办事 catalog as the fake server holds it: items, one full guide, 一件事 bundles, search keys.
import type {
  Audience,
  Bundle,
  BundleSummary,
  Facets,
  Guide,
  ItemSummary,
  ItemType,
  Material,
  Scope,
  SearchResult,
} from '../../../src/services/contract'
import { centerPoint, streetPoint } from './fixtures'

const HEALTH = '青山区卫生健康委员会'
const MARKET = '青山区市场监督管理局'

export const clinicFiling: ItemSummary = {
  id: 'health-clinic-filing',
  code: '11150204011728447H100001001001',
  name: '诊所备案',
  type: 'application',
  category: '其他行政权力',
  department: HEALTH,
  audiences: ['enterprise', 'personal'],
  scenes: ['医疗机构', '就业创业'],
  scopes: ['city', 'region'],
  promisedDays: 1,
  visits: 1,
  online: true,
  sample: false,
}

export const doctorChange: ItemSummary = {
  id: 'health-doctor-change',
  code: '11150204011728447H010001002001',
  name: '医师执业注册（变更执业地点）',
  type: 'application',
  category: '行政许可',
  department: HEALTH,
  audiences: ['personal'],
  scenes: ['医疗机构', '就业创业'],
  scopes: ['city', 'region'],
  promisedDays: 1,
  visits: 0,
  online: true,
  sample: false,
}

export const nurseChange: ItemSummary = {
  id: 'health-nurse-change',
  code: '11150204011728447H010002002001',
  name: '护士执业注册（变更注册）',
  type: 'application',
  category: '行政许可',
  department: HEALTH,
  audiences: ['personal'],
  scenes: ['医疗机构', '就业创业'],
  scopes: ['city', 'region'],
  promisedDays: 1,
  visits: 0,
  online: true,
  sample: false,
}

export const llcSetup: ItemSummary = {
  id: 'market-llc-setup',
  code: '11150204MB1957847W010001001001',
  name: '有限责任公司设立登记',
  type: 'application',
  category: '行政许可',
  department: MARKET,
  audiences: ['enterprise'],
  scenes: ['企业开办'],
  scopes: ['city', 'region', 'hbew', 'hb'],
  promisedDays: 0,
  visits: 0,
  online: true,
  sample: false,
}

export const startupProgress: ItemSummary = {
  id: 'market-startup-progress',
  code: '11150204MB1957847W200003001001',
  name: '企业开办“一件事”进度查询',
  type: 'public_service',
  category: '公共服务',
  department: MARKET,
  audiences: ['enterprise'],
  scenes: ['企业开办'],
  scopes: [],
  promisedDays: 0,
  visits: 0,
  online: true,
  sample: false,
}

export const namedItems: readonly ItemSummary[] = [
  clinicFiling,
  doctorChange,
  nurseChange,
  llcSetup,
  startupProgress,
]

const SAMPLE_BASES: readonly (readonly [name: string, department: string, scene: string])[] = [
  ['居民身份证换领', '包头市公安局青山区分局', '户籍身份'],
  ['城乡居民基本养老保险参保登记', '青山区人力资源和社会保障局', '社会保障'],
  ['灵活就业人员参保登记', '青山区人力资源和社会保障局', '就业创业'],
  ['高龄津贴申领', '青山区民政局', '养老服务'],
  ['住房公积金提取（租房）', '包头市住房公积金管理中心青山区管理部', '住房'],
  ['医疗费用手工报销', '青山区医疗保障局', '医保'],
  ['生育津贴申领', '青山区医疗保障局', '生育'],
  ['不动产登记资料查询', '青山区不动产登记中心', '住房'],
  ['就业失业登记', '青山区人力资源和社会保障局', '就业创业'],
  ['残疾人两项补贴申领', '青山区民政局', '社会救助'],
]
const SAMPLE_SCOPES: readonly Scope[][] = [['city'], ['city', 'region'], []]

/** `count` personal items with distinct names, none contained in another (“…（样例007）”). */
export function sampleItems(count: number): ItemSummary[] {
  return Array.from({ length: count }, (_, i) => {
    const n = i + 1
    const [base, department, scene] = SAMPLE_BASES[i % SAMPLE_BASES.length] ?? SAMPLE_BASES[0]!
    const type: ItemType = i % 3 === 2 ? 'public_service' : 'application'
    return {
      id: `sample-${String(n).padStart(3, '0')}`,
      code: `11150204MB000000${String(n % 10)}X20${String(n).padStart(4, '0')}001001`,
      name: `${base}（样例${String(n).padStart(3, '0')}）`,
      type,
      category: type === 'public_service' ? '公共服务' : '行政确认',
      department,
      audiences: ['personal'],
      scenes: [scene],
      scopes: SAMPLE_SCOPES[i % SAMPLE_SCOPES.length] ?? [],
      promisedDays: i % 4,
      visits: i % 2,
      online: i % 2 === 0,
      sample: true,
    }
  })
}

/** What `pages.test.ts` browses: the named items, then 40 more personal ones (44 personal in all). */
export const defaultCatalog: readonly ItemSummary[] = [...namedItems, ...sampleItems(40)]

export function facetsOf(items: readonly ItemSummary[]): Facets {
  const count = <K>(keys: K[]) => {
    const counts = new Map<K, number>()
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1)
    return [...counts]
  }
  const sceneKeys = items.flatMap((i) =>
    i.audiences.flatMap((a) => i.scenes.map((s) => `${a}|${s}`)),
  )
  return {
    scenes: count(sceneKeys).map(([key, n]) => {
      const [audience, name] = key.split('|') as [Audience, string]
      return { name, audience, count: n }
    }),
    departments: count(items.map((i) => i.department)).map(([name, n]) => ({ name, count: n })),
    types: count(items.map((i) => i.type)).map(([type, n]) => ({ type, count: n })),
    scopes: count(items.flatMap((i) => i.scopes)).map(([scope, n]) => ({ scope, count: n })),
  }
}

// —— 材料 ——

const COPY_RULE = '复印件须正反面复印在同一张A4纸上，注明“与原件一致”并签名'
/** As in the real catalog: the licences the 电子证照库 can supply. */
const ECERT: ReadonlySet<string> = new Set(['idCard', 'doctorCert', 'nurseCert'])
const material = (
  id: string,
  name: string,
  form: Material['form'],
  required: boolean,
  note: string | null = null,
  sample: string | null = null,
): Material => ({
  id,
  name,
  form,
  copies: 1,
  required,
  ecertAccepted: ECERT.has(id),
  sample,
  note,
})

export const materials = {
  idCard: material(
    'idCard',
    '居民身份证',
    '原件和复印件',
    true,
    '在有效期内；临时居民身份证同样有效',
    COPY_RULE,
  ),
  doctorCert: material('doctorCert', '医师执业证书', '原件', true),
  nurseCert: material('nurseCert', '护士执业证书', '原件', false, '配备护士的提交'),
  clinicFilingForm: material(
    'clinicFilingForm',
    '诊所备案信息表',
    '原件',
    true,
    null,
    '诊所名称符合《医疗机构管理条例实施细则》命名规定，诊疗科目按《医疗机构诊疗科目名录》填写，主要负责人签字',
  ),
  premisesProof: material(
    'premisesProof',
    '场地使用证明',
    '原件和复印件',
    true,
    '青山区实行住所（经营场所）申报承诺制，信息可核验的免交',
    '自有房屋提交不动产权证书；租赁房屋提交租赁合同和出租方产权证明',
  ),
  clinicFloorPlan: material(
    'clinicFloorPlan',
    '诊所平面布局图',
    '原件',
    true,
    null,
    '标明诊室、治疗室、处置室、候诊区和医疗废物暂存点位置和使用面积',
  ),
  doctorChangeForm: material('doctorChangeForm', '医师变更执业注册申请审核表', '原件', true),
  nurseChangeForm: material('nurseChangeForm', '护士变更注册申请审核表', '原件', true),
} as const satisfies Record<string, Material>

// —— 一件事 ——

export const clinicBundle: Bundle = {
  id: 'bundle-clinic-filing',
  name: '诊所备案一件事',
  scene: '医疗机构',
  audience: 'enterprise',
  description:
    '青山区作为包头市试点，将医师执业地点变更、护士变更注册、诊所备案3个事项打包整合：一张申请表、一次提交、一个窗口，身份证和资质证明只交一次，办理时限由5个工作日压缩至1个工作日。',
  items: [doctorChange, nurseChange, clinicFiling],
  materials: [
    {
      material: materials.idCard,
      forItems: [doctorChange.name, nurseChange.name, clinicFiling.name],
    },
    { material: materials.doctorCert, forItems: [doctorChange.name, clinicFiling.name] },
    { material: materials.nurseCert, forItems: [nurseChange.name] },
    { material: materials.doctorChangeForm, forItems: [doctorChange.name] },
    { material: materials.nurseChangeForm, forItems: [nurseChange.name] },
    { material: materials.clinicFilingForm, forItems: [clinicFiling.name] },
    { material: materials.premisesProof, forItems: [clinicFiling.name] },
  ],
  fields: [
    {
      key: 'applicantName',
      label: '申请人姓名',
      forItems: [doctorChange.id, nurseChange.id, clinicFiling.id],
    },
    {
      key: 'idNumber',
      label: '公民身份号码',
      forItems: [doctorChange.id, nurseChange.id, clinicFiling.id],
    },
    {
      key: 'clinicName',
      label: '诊所名称',
      forItems: [doctorChange.id, nurseChange.id, clinicFiling.id],
    },
    {
      key: 'certificateNumber',
      label: '执业证书编码',
      forItems: [doctorChange.id, nurseChange.id],
    },
    { key: 'clinicSubjects', label: '诊疗科目', forItems: [clinicFiling.id] },
  ],
  promisedDays: 1,
  separateDays: 5,
  visits: 1,
  separateVisits: 3,
}

export const bundleSummaries: readonly BundleSummary[] = [
  {
    id: clinicBundle.id,
    name: clinicBundle.name,
    scene: clinicBundle.scene,
    audience: clinicBundle.audience,
    itemCount: clinicBundle.items.length,
    promisedDays: clinicBundle.promisedDays,
  },
  {
    id: 'bundle-enterprise-setup',
    name: '企业开办一件事',
    scene: '企业开办',
    audience: 'enterprise',
    itemCount: 8,
    promisedDays: 1,
  },
  {
    id: 'bundle-newborn',
    name: '新生儿出生一件事',
    scene: '生育',
    audience: 'personal',
    itemCount: 7,
    promisedDays: 5,
  },
]

// —— 办事指南 ——

const CLINIC_WINDOW = '诊所备案一件事综合服务窗口 24号窗口'

/** The full 办事指南 of 诊所备案 (`favorite` is filled in by the server per user). */
export const clinicGuide: Omit<Guide, 'favorite'> = {
  item: clinicFiling,
  conditions: [
    '诊所名称、诊疗科目、房屋面积和布局、人员配备、设备设施符合《诊所基本标准》',
    '个人举办的，主要负责人取得医师执业证书且在医疗卫生机构执业满5年；单位举办的应取得营业执照或法人登记',
    '至少有1名执业医师，设置床位或开展治疗的配备相应护士',
  ],
  materials: [
    materials.clinicFilingForm,
    materials.idCard,
    materials.doctorCert,
    materials.premisesProof,
    materials.clinicFloorPlan,
    materials.nurseCert,
  ],
  steps: [
    {
      title: '申请',
      detail:
        '举办人通过内蒙古政务服务网“诊所备案一件事”或到综合服务窗口一次提交备案材料；帮办员提前上门指导房屋、设备和人员准备',
    },
    {
      title: '受理',
      detail: '综合服务窗口一次性受理，材料齐全的当场出具受理凭证，不齐的一次性告知',
    },
    { title: '审查', detail: '卫生健康部门审查备案材料，对房屋布局、设备等进行核验' },
    { title: '决定', detail: '符合要求的发放诊所备案凭证，同步完成医师、护士执业地点变更' },
    { title: '送达', detail: '备案凭证当场或次日领取，也可邮寄；备案后30日内接受现场核查' },
  ],
  legalDays: null,
  fee: '不收费',
  places: [
    {
      pointId: centerPoint.id,
      name: centerPoint.name,
      address: centerPoint.address,
      window: CLINIC_WINDOW,
    },
  ],
  basis: [
    '《医疗机构管理条例》（2022年修订）第十五条',
    '《诊所备案管理暂行办法》（国卫医政发〔2022〕33号）',
  ],
  faqs: [
    {
      q: '以前要5个工作日，现在真的1天能办完吗？',
      a: '青山区将医师执业地点变更、护士变更注册、诊所备案合并为“诊所备案一件事”，一次提交、一窗办理，承诺1个工作日办结。',
    },
    {
      q: '备案后可以马上开业吗？',
      a: '取得备案凭证即可执业；卫生健康部门在30日内现场核查，发现不符合的责令改正。',
    },
  ],
  consultPhone: '0472-3360228',
  complaint: '拨打12345政务服务便民热线，或在“好差评”中评价',
  bundles: [{ id: clinicBundle.id, name: clinicBundle.name }],
}

/** A short guide for the other items (the catalog has one for every item). */
export function guideOf(item: ItemSummary): Omit<Guide, 'favorite'> {
  if (item.id === clinicGuide.item.id) return clinicGuide
  return {
    item,
    conditions: ['本人申请，或委托他人代为办理'],
    materials: [materials.idCard],
    steps: [
      { title: '申请', detail: '网上提交或到窗口申请' },
      { title: '办结', detail: '材料齐全的当场办结' },
    ],
    legalDays: 20,
    fee: '不收费',
    places: [
      {
        pointId: streetPoint.id,
        name: streetPoint.name,
        address: streetPoint.address,
        window: '综合受理窗口',
      },
    ],
    basis: ['《优化营商环境条例》'],
    faqs: [],
    consultPhone: '0472-3360123',
    complaint: '拨打12345政务服务便民热线',
    bundles: clinicBundle.items.some((i) => i.id === item.id)
      ? [{ id: clinicBundle.id, name: clinicBundle.name }]
      : [],
  }
}

// —— 搜索 ——

/**
 * What the search index knows besides the name: per-character initials (aligned with the name,
 * so a match highlights those characters) and keywords (which highlight nothing).
 */
const SEARCH_KEYS: Record<string, { initials?: string; keywords?: string[] }> = {
  [startupProgress.id]: { initials: 'qykb“yjs”jdcx' },
  [llcSetup.id]: { keywords: ['开公司', '注册公司', '企业开办', 'qykb'] },
  [clinicFiling.id]: { initials: 'zsba', keywords: ['开诊所'] },
}

/** The catalog search as the reference server answers it, over the fixture items. */
export function searchCatalog(
  items: readonly ItemSummary[],
  q: string,
  audience: Audience | null,
): SearchResult {
  const pool = items.filter((i) => audience === null || i.audiences.includes(audience))
  const inName: SearchResult['hits'] = []
  const byKeyword: SearchResult['hits'] = []
  for (const item of pool) {
    const keys = SEARCH_KEYS[item.id] ?? {}
    const at = item.name.indexOf(q)
    const initialsAt = keys.initials?.indexOf(q) ?? -1
    if (at >= 0) inName.push({ item, matchedBy: 'name', highlight: [[at, at + q.length]] })
    else if (initialsAt >= 0)
      inName.push({ item, matchedBy: 'initials', highlight: [[initialsAt, initialsAt + q.length]] })
    else if (keys.keywords?.includes(q))
      byKeyword.push({ item, matchedBy: /^[a-z]+$/.test(q) ? 'initials' : 'name', highlight: [] })
  }
  const hits = [...inName, ...byKeyword]
  return { hits, related: hits.length === 0 ? pool.slice(0, 3) : [], tookMs: 1 }
}
