import type * as transport from './transport'

let pending: Promise<typeof transport> | null = null

/**
 * On weapp the request layer (axios and the response checks) is an async chunk in the
 * packages/transport subpackage (分包异步化, config/weapp/async-subpackage.ts): the main package
 * leaves it out, and the first call downloads it. A failed download is tried again on the next call.
 */
export const loadTransport = (): Promise<typeof transport> =>
  (pending ??= import(/* webpackChunkName: "packages/transport/index" */ './transport').catch(
    (error: unknown) => {
      pending = null
      throw error
    },
  ))
