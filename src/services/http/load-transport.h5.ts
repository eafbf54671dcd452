import type * as transport from './transport'

/**
 * On H5 axios and the response checks are a chunk of their own, fetched on the first call: the
 * first screen renders without evaluating them.
 */
export const loadTransport = (): Promise<typeof transport> => import('./transport')
