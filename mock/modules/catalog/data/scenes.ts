/**
 * Life-event scenes (主题服务): the 个人 and 法人 生命周期 the 事项清单 is sorted by. Item
 * files name scenes through these lists, so a typo is a type error instead of a lonely facet.
 */
export const PERSONAL_SCENES = [
  '出生',
  '上学',
  '就业创业',
  '社保医保',
  '住房',
  '婚育',
  '退休养老',
  '户籍证明',
  '出行',
  '社会救助',
  '优待抚恤',
  '医疗健康',
  '残疾人服务',
  '法律服务',
  '文体生活',
  '身后事',
  '生活服务',
] as const

export const ENTERPRISE_SCENES = [
  '企业开办',
  '经营许可',
  '变更注销',
  '医疗机构',
  '纳税缴费',
  '用工参保',
  '不动产',
  '通信服务',
  '工程建设',
  '安全生产',
  '生态环境',
  '交通运输',
  '文化旅游',
  '农牧水利',
  '教育培训',
  '社会组织',
  '融资信用',
] as const

export type PersonalScene = (typeof PERSONAL_SCENES)[number]
export type EnterpriseScene = (typeof ENTERPRISE_SCENES)[number]
export type Scene = PersonalScene | EnterpriseScene
