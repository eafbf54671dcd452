import { randomUUID } from 'node:crypto'

export type Api = <T>(method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown) => Promise<T>

/**
 * The reference server's API as the user of `device` (the H5 dev sign-in `dev:<device>`), for
 * setting up what a page needs that a test does not walk through. Refusals throw with the reason.
 */
export async function apiAs(baseUrl: string, device: string): Promise<Api> {
  const login = await fetch(`${baseUrl}/api/v1/auth/wechat-login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code: `dev:${device}` }),
  })
  const { data } = (await login.json()) as { data: { token: string } }
  return async <T>(method: string, path: string, body?: unknown) => {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${data.token}`,
        'idempotency-key': randomUUID(),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const json = (await res.json()) as { data: T; error?: { message: string } }
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${json.error?.message ?? ''}`)
    return json.data
  }
}
