export { GuideScreen } from './components/guide-screen'
