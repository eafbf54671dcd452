import {
  endpoints,
  fillPath,
  splitKey,
  type CallInput,
  type EndpointKey,
  type Output,
} from '../../src/services/contract'

/** What the server refused, with its Chinese message for the user. */
export class ConsoleApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Per-field (or per-row) messages, when the server names them. */
    readonly fields?: Record<string, string>,
  ) {
    super(message)
  }
}

type Parts = { params?: Record<string, string>; query?: Record<string, unknown>; body?: unknown }

function queryString(query: Record<string, unknown> | undefined): string {
  const pairs = Object.entries(query ?? {}).filter(([, v]) => v !== undefined && v !== '')
  return pairs.length === 0 ? '' : `?${new URLSearchParams(pairs.map(([k, v]) => [k, String(v)]))}`
}

/**
 * Calls one contract endpoint from the console: the session is the httpOnly cookie the browser
 * sends by itself; creating endpoints get a fresh Idempotency-Key.
 */
export async function call<K extends EndpointKey>(key: K, input: CallInput<K>): Promise<Output<K>> {
  const { method, path } = splitKey(key)
  const parts = input as Parts
  const headers: Record<string, string> = { accept: 'application/json' }
  if (parts.body !== undefined) headers['content-type'] = 'application/json'
  if ((endpoints[key] as { creates?: true }).creates)
    headers['idempotency-key'] = crypto.randomUUID()
  const response = await fetch(fillPath(path, parts.params) + queryString(parts.query), {
    method,
    headers,
    credentials: 'same-origin',
    body: parts.body === undefined ? undefined : JSON.stringify(parts.body),
  })
  const json = (await response.json().catch(() => null)) as
    | { data: Output<K> }
    | { error: { code: string; message: string; fields?: Record<string, string> } }
    | null
  if (response.ok && json && 'data' in json) return json.data
  const error = json && 'error' in json ? json.error : null
  throw new ConsoleApiError(
    response.status,
    error?.code ?? 'NETWORK',
    error?.message ?? '服务暂时不可用，请稍后重试',
    error?.fields,
  )
}

export const messageOf = (error: unknown) =>
  error instanceof ConsoleApiError ? error.message : '网络不稳定，请重试'
