import type * as transport from './transport'

let pending: Promise<typeof transport> | null = null

/**
 * On H5 axios and the response checks are a chunk of their own, fetched on the first call: the
 * first screen renders without evaluating them. (Requesting it at launch was tried: it took the
 * browser's connections ahead of the first page's own chunks.) A failed download is tried again.
 */
export const loadTransport = (): Promise<typeof transport> =>
  (pending ??= import('./transport').catch((error: unknown) => {
    pending = null
    throw error
  }))
