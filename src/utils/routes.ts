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
  policyMatch: '/packages/policy/pages/match/index',
  policyProfile: '/packages/policy/pages/profile/index',
  policyDetail: (id: string) => `/packages/policy/pages/detail/index?id=${encodeURIComponent(id)}`,
  policyCalendar: '/packages/policy/pages/calendar/index',
  policyGreen: '/packages/policy/pages/green/index',
  caseApply: (kind: 'item' | 'bundle', id: string) =>
    `/packages/cases/pages/apply/index?kind=${kind}&id=${encodeURIComponent(id)}`,
  cases: '/packages/cases/pages/list/index',
  caseDetail: (id: string, justSubmitted = false) =>
    `/packages/cases/pages/detail/index?id=${encodeURIComponent(id)}${justSubmitted ? '&submitted=1' : ''}`,
  caseCorrect: (id: string) => `/packages/cases/pages/correct/index?id=${encodeURIComponent(id)}`,
  staffCases: '/packages/cases/pages/staff/index',
  complaint: (caseId?: string) =>
    `/packages/cases/pages/complaint/index${caseId ? `?caseId=${encodeURIComponent(caseId)}` : ''}`,
  staffCase: (id: string) => `/packages/cases/pages/staff-case/index?id=${encodeURIComponent(id)}`,
} as const

export const TAB_ROUTES: readonly string[] = [routes.home, routes.services, routes.mine]
