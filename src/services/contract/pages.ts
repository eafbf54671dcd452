/**
 * The app pages a server message opens (消息 and WeChat subscription messages), here so the
 * server builds them from the same definitions the app navigates by (src/utils/routes.ts).
 */
const withId = (path: string) => (id: string) => `${path}?id=${encodeURIComponent(id)}`

export const messagePages = {
  /** `booked` / `moved`: the page opens on the result of a 预约 / an 改约. */
  appointment: (id: string, result?: 'booked' | 'moved') =>
    `/packages/booking/pages/detail/index?id=${encodeURIComponent(id)}${result ? `&${result}=1` : ''}`,
  policyDetail: withId('/packages/policy/pages/detail/index'),
  legalThread: withId('/packages/legal/pages/thread/index'),
  financeApplication: withId('/packages/finance/pages/application/index'),
  labBooking: withId('/packages/labs/pages/booking/index'),
  caseDetail: (id: string, justSubmitted = false) =>
    `/packages/cases/pages/detail/index?id=${encodeURIComponent(id)}${justSubmitted ? '&submitted=1' : ''}`,
  caseCorrect: withId('/packages/cases/pages/correct/index'),
  staffCase: withId('/packages/cases/pages/staff-case/index'),
  /** 我的投诉建议, opened on one complaint (its answer). */
  complaint: withId('/packages/cases/pages/complaint/index'),
  liveSession: withId('/packages/media/pages/live/index'),
  /** 视频与直播's home with the timetable: where a cancelled session's message leads. */
  media: '/packages/media/pages/index/index',
} as const
