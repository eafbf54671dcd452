export { HomeEntries } from './components/home-entries'
export { ElderHome } from './components/elder-home'
export { ELDER_TASK_PAGES, HOME_ENTRIES } from './entries'
