import type { EndpointDef, EndpointKey, Output } from '../contract'
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
