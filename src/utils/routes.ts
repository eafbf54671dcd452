import { messagePages } from '../services/contract/pages'

/** Every route the app opens, in one place (app.config.ts must stay literal, so it is not derived from here). */
export const routes = {
  home: '/pages/index/index',
  notFound: '/pages/not-found/index',
  services: '/pages/services/index',
  mine: '/pages/mine/index',
  settings: '/packages/account/pages/settings/index',
  privacy: '/packages/account/pages/privacy/index',
  identity: '/packages/account/pages/identity/index',
  agents: (enterpriseId: string) =>
    `/packages/account/pages/agents/index?id=${encodeURIComponent(enterpriseId)}`,
  pointSearch: '/packages/points/pages/list/index',
  pointDetail: (id: string) => `/packages/points/pages/detail/index?id=${encodeURIComponent(id)}`,
  nearby: (itemId?: string) =>
    `/packages/points/pages/nearby/index${itemId ? `?itemId=${encodeURIComponent(itemId)}` : ''}`,
  catalogSearch: '/packages/catalog/pages/search/index',
  /** 智能导办: 说说您要办什么 (with `said`, those words are asked at once). */
  smartGuide: (said?: string) =>
    `/packages/guide/pages/ask/index${said ? `?q=${encodeURIComponent(said)}` : ''}`,
  guide: (id: string) => `/packages/catalog/pages/guide/index?id=${encodeURIComponent(id)}`,
  bundle: (id: string) => `/packages/catalog/pages/bundle/index?id=${encodeURIComponent(id)}`,
  favorites: '/packages/catalog/pages/favorites/index',
  bookingStart: '/packages/booking/pages/start/index',
  book: (itemId: string, rescheduleOf?: string) =>
    `/packages/booking/pages/book/index?itemId=${encodeURIComponent(itemId)}${
      rescheduleOf ? `&from=${encodeURIComponent(rescheduleOf)}` : ''
    }`,
  appointments: '/packages/booking/pages/list/index',
  /** `booked` / `moved`: the page opens on the result of a 预约 / an 改约. */
  appointment: messagePages.appointment,
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
  policyDetail: messagePages.policyDetail,
  policyCalendar: '/packages/policy/pages/calendar/index',
  policyGreen: '/packages/policy/pages/green/index',
  legal: '/packages/legal/pages/index/index',
  legalIntake: (topic: string) =>
    `/packages/legal/pages/intake/index?topic=${encodeURIComponent(topic)}`,
  legalKnowledge: '/packages/legal/pages/knowledge/index',
  legalAsk: '/packages/legal/pages/ask/index',
  legalThread: messagePages.legalThread,
  legalAid: '/packages/legal/pages/aid/index',
  legalDesk: '/packages/legal/pages/desk/index',
  life: '/packages/life/pages/index/index',
  lifeBills: (account: string) =>
    `/packages/life/pages/bills/index?account=${encodeURIComponent(account)}`,
  lifePay: (account: string, bill: string) =>
    `/packages/life/pages/pay/index?account=${encodeURIComponent(account)}&bill=${encodeURIComponent(bill)}`,
  lifeReceipt: (id: string) => `/packages/life/pages/receipt/index?id=${encodeURIComponent(id)}`,
  finance: '/packages/finance/pages/index/index',
  financeCredit: '/packages/finance/pages/credit/index',
  financeApply: (product: string, grade: string) =>
    `/packages/finance/pages/apply/index?product=${encodeURIComponent(product)}&grade=${encodeURIComponent(grade)}`,
  financeApplication: messagePages.financeApplication,
  financeBank: '/packages/finance/pages/bank/index',
  telecom: '/packages/telecom/pages/index/index',
  telecomRequest: (plan: string) =>
    `/packages/telecom/pages/request/index?plan=${encodeURIComponent(plan)}`,
  labs: '/packages/labs/pages/index/index',
  labBook: (lab: string, service: string) =>
    `/packages/labs/pages/book/index?lab=${encodeURIComponent(lab)}&service=${encodeURIComponent(service)}`,
  labBooking: messagePages.labBooking,
  labDesk: '/packages/labs/pages/lab/index',
  caseApply: (kind: 'item' | 'bundle', id: string) =>
    `/packages/cases/pages/apply/index?kind=${kind}&id=${encodeURIComponent(id)}`,
  cases: '/packages/cases/pages/list/index',
  ecertWallet: '/packages/ecert/pages/wallet/index',
  caseDetail: messagePages.caseDetail,
  caseCorrect: messagePages.caseCorrect,
  messages: '/packages/messages/pages/inbox/index',
  staffCases: '/packages/cases/pages/staff/index',
  complaint: (caseId?: string) =>
    `/packages/cases/pages/complaint/index${caseId ? `?caseId=${encodeURIComponent(caseId)}` : ''}`,
  staffCase: messagePages.staffCase,
  media: '/packages/media/pages/index/index',
  mediaLive: (id: string) => `/packages/media/pages/live/index?id=${encodeURIComponent(id)}`,
  mediaVideo: (id: string, chapter?: number) =>
    `/packages/media/pages/video/index?id=${encodeURIComponent(id)}${chapter ? `&chapter=${chapter}` : ''}`,
  family: '/packages/family/pages/grants/index',
  familyNew: '/packages/family/pages/new/index',
  familyCode: (id: string) => `/packages/family/pages/code/index?id=${encodeURIComponent(id)}`,
  familyActing: (done?: 'booked' | 'applied') =>
    `/packages/family/pages/acting/index${done ? `?done=${done}` : ''}`,
  familyClaim: '/packages/family/pages/claim/index',
  consoleSignIn: (code: string) =>
    `/packages/account/pages/console-sign-in/index?code=${encodeURIComponent(code)}`,
  staffInvite: '/packages/account/pages/staff-invite/index',
  staffInviteWith: (code: string) =>
    `/packages/account/pages/staff-invite/index?code=${encodeURIComponent(code)}`,
  familyClaimWith: (code: string) =>
    `/packages/family/pages/claim/index?code=${encodeURIComponent(code)}`,
  /** 预约 / 一键代办 of an item for the grantor of `grantId`. */
  bookFor: (itemId: string, grantId: string) =>
    `/packages/booking/pages/book/index?itemId=${encodeURIComponent(itemId)}&for=${encodeURIComponent(grantId)}`,
  caseApplyFor: (itemId: string, grantId: string) =>
    `/packages/cases/pages/apply/index?kind=item&id=${encodeURIComponent(itemId)}&for=${encodeURIComponent(grantId)}`,
} as const

export const TAB_ROUTES: readonly string[] = [routes.home, routes.services, routes.mine]
