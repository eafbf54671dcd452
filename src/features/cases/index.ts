export { ApplyScreen, CorrectScreen } from './components/apply-screen'
export { CaseDetailScreen, StaffCaseScreen } from './components/detail-screens'
export { CaseList } from './components/case-list'
export { StaffDesk } from './components/staff-desk'
