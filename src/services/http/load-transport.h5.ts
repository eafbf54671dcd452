import type * as transport from './transport'

let pending: Promise<typeof transport> | null = null

/** The next task: what follows runs after the browser had a chance to paint and handle input. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve))

/**
 * On H5 axios and the response checks are a chunk of their own, fetched on the first call: the
 * first screen renders without evaluating them. (Requesting it at launch was tried: it took the
 * browser's connections ahead of the first page's own chunks.) Evaluating the chunk and sending
 * the first request are two tasks, not one long one on a slow phone. A failed download is tried again.
 */
export const loadTransport = (): Promise<typeof transport> =>
  (pending ??= import('./transport').then(
    async (module) => {
      await nextTask()
      return module
    },
    (error: unknown) => {
      pending = null
      throw error
    },
  ))
