export { call, configureAuth, http, retryPolicy, type CallOptions } from './client'
export { ApiError, isApiError, type ApiErrorKind } from './api-error'
export { errorFromResponse } from './to-api-error'
