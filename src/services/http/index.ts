export {
  call,
  configureAuth,
  http,
  registerEndpoints,
  retryPolicy,
  type CallOptions,
} from './client'
export { callerFor } from './caller'
export { ApiError, isApiError, type ApiErrorKind } from './api-error'
export { errorFromResponse } from './to-api-error'
