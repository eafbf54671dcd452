export { LiveHomeView } from './components/live-home'
export { LiveDetail } from './components/live-detail'
export { VideoPlayer } from './components/video-player'
export { getLive, getVideo } from './api'
