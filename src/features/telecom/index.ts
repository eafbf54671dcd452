export { PlanCompare } from './components/plan-compare'
export { RequestForm } from './components/request-form'
export { listPlans } from './api'
