export { PointList } from './components/point-list'
export { PointDetail } from './components/point-detail'
export { KindFilter } from './components/kind-filter'
export { getServicePoint } from './api'
