import * as transport from './transport'

/** The request layer (axios). On weapp it ships with the client; load-transport.h5.ts loads it later. */
export const loadTransport = (): Promise<typeof transport> => Promise.resolve(transport)
