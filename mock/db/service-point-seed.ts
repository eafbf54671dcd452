import type { OpeningDay, ServicePoint } from '../../src/services/contract'

type Span = { open: string; close: string }

function days(weekdays: number[], spans: Span[]): OpeningDay[] {
  return weekdays.map((weekday) => ({ weekday, spans }))
}

const MON_FRI = [1, 2, 3, 4, 5]
const SAT_SUN = [6, 7]
/** Government offices close for lunch; one span per half day. */
const OFFICE = days(MON_FRI, [
  { open: '09:00', close: '12:00' },
  { open: '13:30', close: '17:30' },
])
const MALL = [
  ...days(MON_FRI, [{ open: '10:00', close: '20:00' }]),
  ...days(SAT_SUN, [{ open: '10:00', close: '21:00' }]),
]
const BANK = [
  ...days(MON_FRI, [{ open: '09:00', close: '17:00' }]),
  ...days(SAT_SUN, [{ open: '09:30', close: '16:00' }]),
]
const COMMON = ['社保查询', '医保缴费', '证明开具', '税务自助服务机']

/** The points named in 包头日报 2025-12-25 (青山区政务服务), in display order. */
export const servicePointSeed: readonly ServicePoint[] = [
  {
    id: 'sp-qs-center',
    name: '青山区政务服务中心',
    kind: 'center',
    street: '青山路街道',
    address: '包头市青山区青山路与文化路交汇处东北角',
    phone: '0472-3360123',
    latitude: 40.6606,
    longitude: 109.8862,
    hours: OFFICE,
    features: [
      '高效办成一件事综合窗口',
      '诊所备案一件事',
      '政银合作服务专区',
      '企业智惠服务专区',
      '网络通信综合受理窗口',
      '呼包通办专窗',
      '帮办代办',
      '市场主体设立登记',
      '税务自助服务机',
    ],
  },
  {
    id: 'sp-qs-street-xingfulu',
    name: '幸福路街道便民服务中心',
    kind: 'street',
    street: '幸福路街道',
    address: '包头市青山区幸福路18号',
    phone: '0472-3135216',
    latitude: 40.6517,
    longitude: 109.8721,
    hours: OFFICE,
    features: [...COMMON, '长辈导办'],
  },
  {
    id: 'sp-qs-street-ziyoulu',
    name: '自由路街道便民服务中心',
    kind: 'street',
    street: '自由路街道',
    address: '包头市青山区自由路与少先路交汇处西南角',
    phone: '0472-3118620',
    latitude: 40.6478,
    longitude: 109.8937,
    hours: OFFICE,
    features: [...COMMON, '长辈导办'],
  },
  {
    id: 'sp-qs-community-yuxin',
    name: '乌素图街道育新社区便民服务站',
    kind: 'community',
    street: '乌素图街道',
    address: '包头市青山区富强路育新社区党群服务中心一楼',
    phone: '0472-3322745',
    latitude: 40.6692,
    longitude: 109.8583,
    hours: OFFICE,
    features: COMMON,
  },
  {
    id: 'sp-qs-community-wanjun',
    name: '青福镇万郡社区便民服务站',
    kind: 'community',
    street: '青福镇',
    address: '包头市青山区青福镇万郡大都城小区南门东侧',
    phone: '0472-3395106',
    latitude: 40.6763,
    longitude: 109.9142,
    hours: OFFICE,
    features: COMMON,
  },
  {
    id: 'sp-qs-mall-wanda',
    name: '万达广场政务便民服务点',
    kind: 'mall',
    street: '万青路街道',
    address: '包头市青山区钢铁大街与青年路交汇处万达广场一层服务台旁',
    phone: '0472-3367710',
    latitude: 40.6559,
    longitude: 109.8418,
    hours: MALL,
    features: ['社保查询', '市场主体设立登记', '市场主体变更登记', '商户专属绿色通道', '自助办理终端'],
  },
  {
    id: 'sp-qs-mall-zhengxiang',
    name: '正翔商圈政务便民服务点',
    kind: 'mall',
    street: '科学路街道',
    address: '包头市青山区文化路正翔国际购物中心一层',
    phone: '0472-3369820',
    latitude: 40.6624,
    longitude: 109.8765,
    hours: MALL,
    features: ['社保查询', '市场主体设立登记', '市场主体变更登记', '商户专属绿色通道', '自助办理终端'],
  },
  {
    id: 'sp-qs-bank-abc',
    name: '中国农业银行青山支行（政银合作示范点）',
    kind: 'bank',
    street: '富强路街道',
    address: '包头市青山区呼得木林大街36号',
    phone: '0472-3156235',
    latitude: 40.6541,
    longitude: 109.8649,
    hours: BANK,
    features: ['政银合作示范点', '税务自助服务机', '企业开户', '融资担保咨询', '95项高频政务服务事项'],
  },
  {
    id: 'sp-qs-bank-huaxia',
    name: '华夏银行包头分行（政银合作服务网点）',
    kind: 'bank',
    street: '先锋道街道',
    address: '包头市青山区钢铁大街56号',
    phone: '0472-5368801',
    latitude: 40.6586,
    longitude: 109.8527,
    hours: BANK,
    features: ['政银合作服务网点', '税务自助服务机', '企业开户', '开户刻章', '融资贷款咨询'],
  },
]
