import axios from 'axios'
import type { CallInput, EndpointDef, EndpointKey, Output } from '../contract'
import { fillPath, splitKey } from '../contract/endpoints/paths'
import { isWeapp } from '../../platform/env'
import { randomId } from '../../platform/random'
import { ApiError } from './api-error'
import { taroAdapter } from './taro-adapter'
import { toApiError } from './to-api-error'

export interface AuthHooks {
  getToken(): string | null
  /** Signs in again without asking; false when the user chose to stay signed out. */
  relogin(): Promise<boolean>
}

let auth: AuthHooks = { getToken: () => null, relogin: async () => false }
export function configureAuth(hooks: AuthHooks): void {
  auth = hooks
}

export const http = axios.create({
  baseURL: process.env.TARO_APP_API_BASE,
  timeout: 15000,
  adapter: isWeapp ? taroAdapter : ['xhr', 'fetch'],
  headers: { 'Content-Type': 'application/json' },
})

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

interface RawInput {
  params?: Record<string, string>
  query?: Record<string, unknown>
  body?: unknown
}

async function send(key: EndpointKey, input: RawInput, idempotencyKey: string | undefined) {
  const def = definition(key)
  const { method, path } = splitKey(key)
  const headers: Record<string, string> = {}
  const token = auth.getToken()
  if (token !== null) headers.Authorization = `Bearer ${token}`
  if (idempotencyKey !== undefined) headers['Idempotency-Key'] = idempotencyKey
  try {
    const res = await http.request<unknown>({
      method,
      url: fillPath(path, input.params),
      params: input.query,
      data: input.body,
      headers,
    })
    const envelope = res.data as { data?: unknown } | null
    const parsed = def.response.safeParse(envelope?.data)
    if (!parsed.success)
      throw new ApiError('http', '服务返回的数据格式不正确，请稍后重试', res.status)
    return parsed.data
  } catch (error) {
    throw toApiError(error)
  }
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
      const apiError = toApiError(error)
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
