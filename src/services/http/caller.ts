import type { EndpointDef, EndpointKey, Output } from '../contract'
import { ApiError, DEFAULT_MESSAGES } from './api-error'
import { call, registerEndpoints, type CallRest } from './client'
import { loadTransport } from './load-transport'

/**
 * `call` for the endpoints of the given domain maps, and only those, registered at once. The
 * app's features use `lazyCallerFor(endpointsOf.<domain>)` instead: an eager map would put its
 * schemas and zod back into the page's package (tests/build/size-budget.test.ts).
 */
export function callerFor<M extends Readonly<Record<string, EndpointDef>>>(map: M) {
  registerEndpoints(map)
  return <K extends keyof M & EndpointKey>(key: K, ...rest: CallRest<K>): Promise<Output<K>> =>
    call(key, ...rest)
}

/** A lazily loaded part of the contract; a failed download is the network error a request gives. */
export async function loadContract<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load()
  } catch {
    throw new ApiError('network', DEFAULT_MESSAGES.network)
  }
}

/**
 * `callerFor` of a map loaded on the first call: what the app's features use. The map's schemas
 * are then built when the domain is first called, not when a page's modules load, and on weapp
 * they ship in the async packages/contract (see contract/lazy-endpoints.ts). The request layer
 * is fetched alongside, not after it. A failed download fails that call like a request that did
 * not reach the server; the next call tries again.
 */
export function lazyCallerFor<M extends Readonly<Record<string, EndpointDef>>>(
  load: () => Promise<M>,
) {
  let registered: Promise<void> | null = null
  const ready = () =>
    // The request layer's own failure is left to the call, which downloads it again and retries.
    (registered ??= Promise.all([load(), loadTransport().catch(() => undefined)]).then(
      ([map]) => registerEndpoints(map),
      () => {
        registered = null
        throw new ApiError('network', DEFAULT_MESSAGES.network)
      },
    ))
  return async <K extends keyof M & EndpointKey>(
    key: K,
    ...rest: CallRest<K>
  ): Promise<Output<K>> => {
    await ready()
    return call(key, ...rest)
  }
}
