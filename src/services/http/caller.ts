import type { EndpointDef, EndpointKey, Output } from '../contract'
import { ApiError, DEFAULT_MESSAGES } from './api-error'
import { call, registerEndpoints, type CallRest } from './client'

/**
 * `call` for the endpoints of the given domain maps, and only those: a feature's api module
 * imports just its own domains, so a subpackage's schemas stay in that subpackage on weapp.
 */
export function callerFor<M extends Readonly<Record<string, EndpointDef>>>(map: M) {
  registerEndpoints(map)
  return <K extends keyof M & EndpointKey>(key: K, ...rest: CallRest<K>): Promise<Output<K>> =>
    call(key, ...rest)
}

/**
 * `callerFor` of a map loaded on the first call: on H5 the map (its schemas) can then be a chunk
 * of its own, fetched after the first screen instead of before it.
 */
export function lazyCallerFor<M extends Readonly<Record<string, EndpointDef>>>(
  load: () => Promise<M>,
) {
  let registered: Promise<void> | null = null
  const ready = () =>
    (registered ??= load().then(registerEndpoints, () => {
      registered = null
      throw new ApiError('network', DEFAULT_MESSAGES.network)
    }))
  return async <K extends keyof M & EndpointKey>(
    key: K,
    ...rest: CallRest<K>
  ): Promise<Output<K>> => {
    await ready()
    return call(key, ...rest)
  }
}
