import type {
  LoginResponse,
  OpeningDay,
  Profile,
  ServicePoint,
} from '../../../src/services/contract'

export const LOGIN_CODE = 'test-code'
export const TOKEN = 'token-weapp-0001'
export const CONTRACT_NAME = '《智慧政务服务管家隐私保护指引》'

export const profile: Profile = {
  id: 'user-0001',
  nickname: '青山用户0001',
  roles: [],
  realName: null,
  realNameMovedAt: null,
  enterprises: [],
  activeEnterpriseId: null,
  contact: { nameMasked: null, phoneMasked: null },
}

export const loginResponse: LoginResponse = {
  token: TOKEN,
  expiresAt: '2099-12-31T16:00:00.000Z',
  profile,
}

const WEEKDAYS: OpeningDay[] = [1, 2, 3, 4, 5].map((weekday) => ({
  weekday,
  spans: [
    { open: '09:00', close: '12:00' },
    { open: '13:30', close: '17:30' },
  ],
}))

export const centerPoint: ServicePoint = {
  id: 'sp-test-center',
  name: '青山区政务服务中心',
  kind: 'center',
  street: '青山路街道',
  address: '包头市青山区青山路与文化路交汇处东北角',
  phone: '0472-3360123',
  latitude: 40.6606,
  longitude: 109.8862,
  hours: WEEKDAYS,
  features: ['高效办成一件事综合窗口', '帮办代办'],
}

export const streetPoint: ServicePoint = {
  id: 'sp-test-xingfulu',
  name: '幸福路街道便民服务中心',
  kind: 'street',
  street: '幸福路街道',
  address: '包头市青山区幸福路18号',
  phone: '0472-3135216',
  latitude: 40.6517,
  longitude: 109.8721,
  hours: WEEKDAYS,
  features: ['社保查询', '长辈导办'],
}

export const bankPoint: ServicePoint = {
  id: 'sp-test-bank',
  name: '建设银行青山支行政银合作网点',
  kind: 'bank',
  street: '先锋道街道',
  address: '包头市青山区钢铁大街66号',
  phone: '0472-3319900',
  latitude: 40.6552,
  longitude: 109.8803,
  hours: [...WEEKDAYS, { weekday: 6, spans: [{ open: '09:30', close: '16:00' }] }],
  features: ['社保卡补换', '政银合作服务专区'],
}

export const mallPoint: ServicePoint = {
  id: 'sp-test-wanda',
  name: '万达广场政务便民服务点',
  kind: 'mall',
  street: '万青路街道',
  address: '包头市青山区青年路与呼得木林大街交汇处万达广场1层',
  phone: '0472-5181234',
  latitude: 40.6489,
  longitude: 109.8568,
  hours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
    weekday,
    spans: [{ open: '10:00', close: '20:00' }],
  })),
  features: ['社保查询', '市场主体登记自助终端'],
}

export const servicePoints: readonly ServicePoint[] = [
  centerPoint,
  streetPoint,
  bankPoint,
  mallPoint,
]

/** Where wx.getLocation says the user stands (GCJ-02), near 幸福路. */
export const USER_POSITION = { latitude: 40.6531, longitude: 109.8745 } as const

/** 就近办 distances in metres: from the user, and from the district centre when location is refused. */
export const nearbyDistances = {
  fromUser: {
    [streetPoint.id]: 350,
    [bankPoint.id]: 820,
    [centerPoint.id]: 1234,
    [mallPoint.id]: 1760,
  },
  fromCentre: {
    [centerPoint.id]: 0,
    [bankPoint.id]: 760,
    [streetPoint.id]: 1580,
    [mallPoint.id]: 2930,
  },
} as const satisfies Record<string, Record<string, number>>

/** How many catalog items each point handles (就近办 shows “可办 N 项”). */
export const pointItemCounts: Record<string, number> = {
  [centerPoint.id]: 1486,
  [streetPoint.id]: 212,
  [bankPoint.id]: 38,
  [mallPoint.id]: 27,
}
