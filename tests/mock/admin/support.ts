import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { json, type ErrorJson } from '../helpers'

export const CHROME_LINUX =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36'

export interface Answer<T> {
  status: number
  data: T
  error?: ErrorJson['error']
  cookie: string | undefined
}

/** One request as the console (cookie) or the mini program (bearer) sends it. */
export async function send<T>(
  app: FastifyInstance,
  method: 'GET' | 'POST',
  url: string,
  auth: { token?: string; cookie?: string } = {},
  payload?: object,
): Promise<Answer<T>> {
  const headers: Record<string, string> = { 'user-agent': CHROME_LINUX }
  if (auth.token) headers.authorization = `Bearer ${auth.token}`
  if (auth.cookie) headers.cookie = auth.cookie
  if (method === 'POST') headers['idempotency-key'] = crypto.randomUUID()
  const res: LightMyRequestResponse = await app.inject({
    method,
    url,
    headers,
    remoteAddress: '192.168.31.23',
    ...(method === 'POST' && { payload: payload ?? {} }),
  })
  const body = json<{ data: T } & ErrorJson>(res)
  const setCookie = res.headers['set-cookie']
  const first = Array.isArray(setCookie) ? setCookie[0] : setCookie
  return { status: res.statusCode, data: body.data, error: body.error, cookie: first }
}

/** `qs_console=<token>` out of a Set-Cookie header, as the browser would send it back. */
export const cookieOf = (setCookie: string | undefined) => (setCookie ?? '').split(';')[0] ?? ''
