export { ProfileEditor } from './components/profile-editor'
export { MatchList } from './components/match-list'
export { PolicyDetail } from './components/policy-detail'
export { CalendarView } from './components/calendar-view'
export { SubscriptionCard } from './components/subscription-card'
export { GreenChannel } from './components/green-channel'
export { EnterpriseGate } from './components/enterprise-gate'
export {
  loadCalendar,
  loadDetail,
  loadMatches,
  loadPreReviews,
  loadProfile,
  loadSubscription,
} from './api'
