/**
 * 实施主体: the departments (and the three carriers and two banks that sit in the hall) whose
 * items the catalog lists. `org8` is the first 8 characters of the unit's 组织机构代码; codes.ts
 * completes it with the GB 11714 check character and then the GB 32100 check character, so every
 * prefix passes the same 统一社会信用代码 check the app applies to users' input.
 *
 * `registrar` is the first two characters of the 统一社会信用代码 (GB 32100 表1):
 * 11 机关, 12 事业单位, 13 群团组织 (机构编制部门登记), 91 企业 (市场监管部门登记).
 * `region` is the 行政区划代码: 150204 青山区, 150200 包头市 (for 市直 units' 青山 branches).
 * `window` is where the department receives applicants in 青山区政务服务中心 (sp-qs-center).
 */
export interface Department {
  name: string
  registrar: '11' | '12' | '13' | '91'
  region: '150204' | '150200'
  org8: string
  phone: string
  window: string
}

export const DEPARTMENTS = {
  market: {
    name: '青山区市场监督管理局',
    registrar: '11',
    region: '150204',
    org8: 'MB195784',
    phone: '0472-3360135',
    window: '企业开办专区 1-4号窗口',
  },
  tax: {
    name: '国家税务总局包头市青山区税务局',
    registrar: '11',
    region: '150204',
    org8: 'MB162731',
    phone: '0472-3360166',
    window: '税务综合窗口 6-9号窗口',
  },
  hrss: {
    name: '青山区人力资源和社会保障局',
    registrar: '11',
    region: '150204',
    org8: '01172906',
    phone: '0472-3360172',
    window: '就业创业服务 14号窗口',
  },
  social: {
    name: '青山区社会保险事业服务中心',
    registrar: '12',
    region: '150204',
    org8: '46063215',
    phone: '0472-3360151',
    window: '社会保障综合窗口 10-13号窗口',
  },
  medical: {
    name: '青山区医疗保障局',
    registrar: '11',
    region: '150204',
    org8: 'MB063372',
    phone: '0472-3360187',
    window: '医疗保障窗口 15-16号窗口',
  },
  realty: {
    name: '包头市不动产登记中心青山区分中心',
    registrar: '12',
    region: '150200',
    org8: 'MB0U3968',
    phone: '0472-3360195',
    window: '不动产登记窗口 17-22号窗口',
  },
  fund: {
    name: '包头市住房公积金管理中心青山区管理部',
    registrar: '12',
    region: '150200',
    org8: '46059218',
    phone: '0472-3360210',
    window: '住房公积金 23号窗口',
  },
  health: {
    name: '青山区卫生健康委员会',
    registrar: '11',
    region: '150204',
    org8: '01172844',
    phone: '0472-3360228',
    window: '卫生健康 24号窗口',
  },
  police: {
    name: '包头市公安局青山区分局',
    registrar: '11',
    region: '150200',
    org8: '01171960',
    phone: '0472-3360255',
    window: '公安户政窗口 25-27号窗口',
  },
  civil: {
    name: '青山区民政局',
    registrar: '11',
    region: '150204',
    org8: '01172781',
    phone: '0472-3360261',
    window: '民政服务 28号窗口',
  },
  housing: {
    name: '青山区住房和城乡建设局',
    registrar: '11',
    region: '150204',
    org8: '01172538',
    phone: '0472-3360273',
    window: '综合受理区 29号窗口',
  },
  urban: {
    name: '青山区城市管理综合执法局',
    registrar: '11',
    region: '150204',
    org8: 'MB1A7216',
    phone: '0472-3360282',
    window: '综合受理区 30号窗口',
  },
  emergency: {
    name: '青山区应急管理局',
    registrar: '11',
    region: '150204',
    org8: 'MB1C5530',
    phone: '0472-3360293',
    window: '综合受理区 31号窗口',
  },
  education: {
    name: '青山区教育局',
    registrar: '11',
    region: '150204',
    org8: '01172651',
    phone: '0472-3360307',
    window: '综合受理区 32号窗口',
  },
  culture: {
    name: '青山区文化旅游体育局',
    registrar: '11',
    region: '150204',
    org8: 'MB1D2847',
    phone: '0472-3360315',
    window: '综合受理区 32号窗口',
  },
  veterans: {
    name: '青山区退役军人事务局',
    registrar: '11',
    region: '150204',
    org8: 'MB1E6094',
    phone: '0472-3360326',
    window: '民政服务 28号窗口',
  },
  justice: {
    name: '青山区司法局',
    registrar: '11',
    region: '150204',
    org8: '01172475',
    phone: '0472-3360338',
    window: '公共法律服务 34号窗口',
  },
  disabled: {
    name: '青山区残疾人联合会',
    registrar: '13',
    region: '150204',
    org8: '46061497',
    phone: '0472-3360341',
    window: '民政服务 28号窗口',
  },
  fire: {
    name: '青山区消防救援大队',
    registrar: '11',
    region: '150204',
    org8: 'MB1F0382',
    phone: '0472-3360119',
    window: '综合受理区 31号窗口',
  },
  tobacco: {
    name: '青山区烟草专卖局',
    registrar: '11',
    region: '150204',
    org8: '11508627',
    phone: '0472-3360357',
    window: '综合受理区 30号窗口',
  },
  nature: {
    name: '包头市自然资源局青山区分局',
    registrar: '11',
    region: '150200',
    org8: 'MB1G4419',
    phone: '0472-3360363',
    window: '不动产登记窗口 17-22号窗口',
  },
  ecology: {
    name: '包头市生态环境局青山区分局',
    registrar: '11',
    region: '150200',
    org8: 'MB1H7753',
    phone: '0472-3360372',
    window: '综合受理区 31号窗口',
  },
  agri: {
    name: '青山区农牧水务局',
    registrar: '11',
    region: '150204',
    org8: 'MB1J3068',
    phone: '0472-3360384',
    window: '综合受理区 31号窗口',
  },
  transport: {
    name: '青山区交通运输局',
    registrar: '11',
    region: '150204',
    org8: 'MB1K5291',
    phone: '0472-3360391',
    window: '综合受理区 30号窗口',
  },
  develop: {
    name: '青山区发展和改革委员会',
    registrar: '11',
    region: '150204',
    org8: '01172397',
    phone: '0472-3360403',
    window: '企业智惠服务专区 投资项目服务台',
  },
  commerce: {
    name: '青山区商务局',
    registrar: '11',
    region: '150204',
    org8: 'MB1L8046',
    phone: '0472-3360412',
    window: '企业智惠服务专区 商务服务台',
  },
  ethnic: {
    name: '青山区民族宗教事务局',
    registrar: '11',
    region: '150204',
    org8: 'MB1M2635',
    phone: '0472-3360425',
    window: '综合受理区 32号窗口',
  },
  stats: {
    name: '青山区统计局',
    registrar: '11',
    region: '150204',
    org8: '01172342',
    phone: '0472-3360436',
    window: '综合受理区 32号窗口',
  },
  archives: {
    name: '青山区档案馆',
    registrar: '12',
    region: '150204',
    org8: '46060385',
    phone: '0472-3360448',
    window: '综合受理区 32号窗口',
  },
  gov: {
    name: '青山区政务服务与数据管理局',
    registrar: '11',
    region: '150204',
    org8: 'MB1N9720',
    phone: '0472-3360123',
    window: '高效办成一件事综合窗口 37-38号窗口',
  },
  telecom: {
    name: '通信运营商（联通·移动·电信）',
    registrar: '91',
    region: '150204',
    org8: 'MA0P6JX1',
    phone: '0472-3360500',
    window: '网络通信综合受理窗口 33号窗口',
  },
  utilities: {
    name: '水电气暖联合服务窗口（供水·供电·燃气·供热企业）',
    registrar: '91',
    region: '150204',
    org8: 'MA0Q8R47',
    phone: '0472-3360520',
    window: '水电气暖联合服务 35号窗口',
  },
  bank: {
    name: '中国农业银行包头青山支行',
    registrar: '91',
    region: '150204',
    org8: '70146625',
    phone: '0472-3156235',
    window: '政银合作服务专区',
  },
} as const satisfies Record<string, Department>

export type DeptKey = keyof typeof DEPARTMENTS
