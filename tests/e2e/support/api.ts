import { randomUUID } from 'node:crypto'

export interface Api {
  <T>(method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown): Promise<T>
  /** A real multipart upload, as the app's upload does it. */
  upload(name: string, data: Buffer, type: string): Promise<{ id: string }>
}

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
  const send = async <T>(method: string, path: string, body?: BodyInit, type?: string) => {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${data.token}`,
        'idempotency-key': randomUUID(),
        ...(type ? { 'content-type': type } : {}),
      },
      body,
    })
    const json = (await res.json()) as {
      data: T
      error?: { message: string; fields?: Record<string, string> }
    }
    if (!res.ok) {
      const { message, fields } = json.error ?? { message: '' }
      throw new Error(`${method} ${path}: ${res.status} ${message} ${JSON.stringify(fields ?? {})}`)
    }
    return json.data
  }
  const api = <T>(method: string, path: string, body?: unknown) =>
    body === undefined
      ? send<T>(method, path)
      : send<T>(method, path, JSON.stringify(body), 'application/json')
  const upload = (name: string, bytes: Buffer, type: string) => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
    return send<{ id: string }>('POST', '/api/v1/uploads', form)
  }
  return Object.assign(api, { upload })
}
