import Taro from '@tarojs/taro'
import {
  AxiosError,
  AxiosHeaders,
  type AxiosAdapter,
  type AxiosResponse,
  type InternalAxiosRequestConfig,
} from 'axios'

type TaroMethod = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'OPTIONS' | 'HEAD' | 'TRACE' | 'CONNECT'

function buildUrl(config: InternalAxiosRequestConfig): string {
  const base = config.baseURL ?? ''
  const url = config.url ?? ''
  const full = /^https?:\/\//.test(url)
    ? url
    : `${base.replace(/\/$/, '')}/${url.replace(/^\//, '')}`
  const params = config.params as Record<string, unknown> | undefined
  if (!params) return full
  const query = Object.entries(params)
    .filter(([, v]) => v !== undefined && v !== null && v !== '')
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
    .join('&')
  return query === '' ? full : `${full}${full.includes('?') ? '&' : '?'}${query}`
}

function lowerCaseHeaders(header: Record<string, unknown> | undefined): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(header ?? {})) out[k.toLowerCase()] = String(v)
  return out
}

/** axios over Taro.request for WeChat, where there is no XMLHttpRequest. */
export const taroAdapter: AxiosAdapter = (config) =>
  new Promise<AxiosResponse>((resolve, reject) => {
    let settled = false
    const headers = AxiosHeaders.from(config.headers).toJSON(true) as Record<string, string>
    // No reference to the returned task inside the callbacks: WeChat may call them before it returns.
    Taro.request({
      url: buildUrl(config),
      method: (config.method ?? 'get').toUpperCase() as TaroMethod,
      data: config.data as string | undefined,
      header: headers,
      timeout: config.timeout,
      dataType: '其他', // keep the body raw: axios' transformResponse parses JSON once
      responseType: 'text',
      success(res) {
        if (settled) return
        settled = true
        const response: AxiosResponse = {
          data: res.data,
          status: res.statusCode,
          statusText: String(res.statusCode),
          headers: lowerCaseHeaders(res.header as Record<string, unknown>),
          config,
        }
        const validate = config.validateStatus
        if (!validate || validate(res.statusCode)) resolve(response)
        else {
          reject(
            new AxiosError(
              `Request failed with status code ${res.statusCode}`,
              res.statusCode >= 500 ? AxiosError.ERR_BAD_RESPONSE : AxiosError.ERR_BAD_REQUEST,
              config,
              undefined,
              response,
            ),
          )
        }
      },
      fail(err) {
        if (settled) return
        settled = true
        const timedOut = /timeout/i.test(err.errMsg)
        reject(
          new AxiosError(
            err.errMsg,
            timedOut ? AxiosError.ECONNABORTED : AxiosError.ERR_NETWORK,
            config,
          ),
        )
      },
    })
  })
