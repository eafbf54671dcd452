import * as transport from './transport'

/**
 * The request layer (axios), loaded with the client: what Node (jest) runs. The builds load it
 * later — load-transport.h5.ts as a chunk, load-transport.weapp.ts from an async subpackage.
 */
export const loadTransport = (): Promise<typeof transport> => Promise.resolve(transport)
