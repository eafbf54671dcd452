/** Every route the app opens, in one place (app.config.ts must stay literal, so it is not derived from here). */
export const routes = {
  home: '/pages/index/index',
  services: '/pages/services/index',
  mine: '/pages/mine/index',
  settings: '/packages/account/pages/settings/index',
  privacy: '/packages/account/pages/privacy/index',
  identity: '/packages/account/pages/identity/index',
  pointSearch: '/packages/points/pages/list/index',
  pointDetail: (id: string) => `/packages/points/pages/detail/index?id=${encodeURIComponent(id)}`,
  nearby: (itemId?: string) =>
    `/packages/points/pages/nearby/index${itemId ? `?itemId=${encodeURIComponent(itemId)}` : ''}`,
  catalogSearch: '/packages/catalog/pages/search/index',
  guide: (id: string) => `/packages/catalog/pages/guide/index?id=${encodeURIComponent(id)}`,
  bundle: (id: string) => `/packages/catalog/pages/bundle/index?id=${encodeURIComponent(id)}`,
  favorites: '/packages/catalog/pages/favorites/index',
  bookingStart: '/packages/booking/pages/start/index',
  book: (itemId: string, rescheduleOf?: string) =>
    `/packages/booking/pages/book/index?itemId=${encodeURIComponent(itemId)}${
      rescheduleOf ? `&from=${encodeURIComponent(rescheduleOf)}` : ''
    }`,
  appointments: '/packages/booking/pages/list/index',
  appointment: (id: string, justBooked = false) =>
    `/packages/booking/pages/detail/index?id=${encodeURIComponent(id)}${justBooked ? '&booked=1' : ''}`,
  checkIn: '/packages/booking/pages/check-in/index',
  scan: '/packages/qr/pages/scan/index',
  zone: (id: string) => `/packages/qr/pages/zone/index?id=${encodeURIComponent(id)}`,
  queue: (pointId: string) =>
    `/packages/qr/pages/queue/index?pointId=${encodeURIComponent(pointId)}`,
  campaign: (id: string) => `/packages/qr/pages/campaign/index?id=${encodeURIComponent(id)}`,
  scans: '/packages/qr/pages/records/index',
  verify: '/packages/qr/pages/verify/index',
  policyMatch: '/packages/policy/pages/match/index',
  policyProfile: '/packages/policy/pages/profile/index',
  policyDetail: (id: string) => `/packages/policy/pages/detail/index?id=${encodeURIComponent(id)}`,
  policyCalendar: '/packages/policy/pages/calendar/index',
  policyGreen: '/packages/policy/pages/green/index',
} as const

export const TAB_ROUTES: readonly string[] = [routes.home, routes.services, routes.mine]
