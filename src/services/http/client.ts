import type { CallInput, EndpointDef, EndpointKey, Output } from '../contract'
import { splitKey } from '../contract/endpoints/paths'
import { randomId } from '../../platform/random'
import { ApiError, DEFAULT_MESSAGES, isApiError } from './api-error'
import { loadTransport } from './load-transport'
import type { RawInput } from './transport'

export interface AuthHooks {
  getToken(): string | null
  /** Signs in again without asking; false when the user chose to stay signed out. */
  relogin(): Promise<boolean>
}

let auth: AuthHooks = { getToken: () => null, relogin: async () => false }
export function configureAuth(hooks: AuthHooks): void {
  auth = hooks
}

const GET_ATTEMPTS = 3
export const retryPolicy = { baseDelayMs: 400 }

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

function retriable(error: ApiError): boolean {
  return error.kind === 'network' || error.kind === 'timeout' || (error.status ?? 0) >= 500
}

export interface CallOptions {
  /** Reuse the same key when the user retries one submission, so the server stores it once. */
  idempotencyKey?: string
}

/**
 * The endpoints this bundle can call, filled by `callerFor` in each feature's api module. The
 * client does not import the whole contract: on weapp every domain's schemas would then land in
 * the main package, where only the tabs' domains belong (the others ship in their subpackage).
 */
const registry = new Map<string, EndpointDef>()

export function registerEndpoints(map: Readonly<Record<string, EndpointDef>>): void {
  for (const [key, def] of Object.entries(map)) registry.set(key, def)
}

function definition(key: EndpointKey): EndpointDef {
  const def = registry.get(key)
  if (def === undefined) throw new Error(`${key}: not registered — call it through callerFor()`)
  return def
}

/** `call`'s arguments after the key: the input when the endpoint declares one, then options. */
export type CallRest<K extends EndpointKey> = keyof CallInput<K> extends never
  ? [input?: CallInput<K>, options?: CallOptions]
  : [input: CallInput<K>, options?: CallOptions]

/** The headers of one request: the session's token and, for a creating call, its key. */
function headersFor(idempotencyKey: string | undefined): Record<string, string> {
  const headers: Record<string, string> = {}
  const token = auth.getToken()
  if (token !== null) headers.Authorization = `Bearer ${token}`
  if (idempotencyKey !== undefined) headers['Idempotency-Key'] = idempotencyKey
  return headers
}

async function send(key: EndpointKey, input: RawInput, idempotencyKey: string | undefined) {
  const def = definition(key)
  let transport: Awaited<ReturnType<typeof loadTransport>>
  try {
    transport = await loadTransport()
  } catch {
    // The request layer's chunk did not arrive (H5 offline): the same as a failed request.
    throw new ApiError('network', DEFAULT_MESSAGES.network)
  }
  return transport.send(key, def, input, headersFor(idempotencyKey))
}

/** The one way the app talks to the server, typed by the contract. */
export async function call<K extends EndpointKey>(
  key: K,
  ...[input, options]: CallRest<K>
): Promise<Output<K>> {
  const def = definition(key)
  const raw = (input ?? {}) as RawInput
  const idempotencyKey = def.creates ? (options?.idempotencyKey ?? randomId()) : undefined
  const attempts = splitKey(key).method === 'GET' ? GET_ATTEMPTS : 1
  let reloggedIn = false
  for (let attempt = 1; ; attempt++) {
    try {
      return (await send(key, raw, idempotencyKey)) as Output<K>
    } catch (error) {
      // send throws only ApiErrors; anything else is a bug on the way, shown as a failed request.
      const apiError = isApiError(error) ? error : new ApiError('network', DEFAULT_MESSAGES.network)
      if (apiError.kind === 'unauthorized' && def.auth && !reloggedIn) {
        reloggedIn = true
        if (await auth.relogin()) continue
      }
      if (attempt < attempts && retriable(apiError)) {
        await sleep(retryPolicy.baseDelayMs * 2 ** (attempt - 1))
        continue
      }
      throw apiError
    }
  }
}
