import axios from 'axios'
import type { EndpointDef, EndpointKey } from '../contract'
import { fillPath, splitKey } from '../contract/endpoints/paths'
import { isWeapp } from '../../platform/env'
import { ApiError } from './api-error'
import { taroAdapter } from './taro-adapter'
import { toApiError } from './to-api-error'

export const http = axios.create({
  baseURL: process.env.TARO_APP_API_BASE,
  timeout: 15000,
  adapter: isWeapp ? taroAdapter : ['xhr', 'fetch'],
  headers: { 'Content-Type': 'application/json' },
})

export interface RawInput {
  params?: Record<string, string>
  query?: Record<string, unknown>
  body?: unknown
}

/** One request and its answer checked against the endpoint's schema; every failure an ApiError. */
export async function send(
  key: EndpointKey,
  def: EndpointDef,
  input: RawInput,
  headers: Record<string, string>,
): Promise<unknown> {
  const { method, path } = splitKey(key)
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
