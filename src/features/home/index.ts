export { HomeEntries } from './components/home-entries'
export { ElderHome } from './components/elder-home'
export { HOME_ENTRIES } from './entries'
