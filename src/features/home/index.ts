export { HomeEntries } from './components/home-entries'
