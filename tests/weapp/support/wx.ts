// A `wx` that records every call and answers like WeChat (async APIs answer on a later task);
// wx.request and wx.uploadFile reach the real server through `app.inject`.
import type { FastifyInstance } from 'fastify'
import { LOGIN_CODE } from './backend'
import { CONTRACT_NAME, USER_POSITION } from './fixtures'
import { track } from './in-flight'
import { fileApis } from './wx-files'
import { createSelectorQuery, deviceInfo, videoApis } from './wx-device'

type Options = Record<string, unknown>
type WxApi = (...args: never[]) => unknown

export interface WxCall {
  api: string
  args: unknown[]
}

export interface WxOptions {
  /** What wx.scanCode reads. */
  scanned?: string
  /** What wx.login answers (default `LOGIN_CODE`; `dev:<handle>` signs in as seeded staff). */
  loginCode?: string
  /** WeChat's font setting in px (17 is standard, 20+ is large). */
  fontSizeSetting?: number
  /** Initial storage, as the app wrote it on an earlier run. */
  storage?: Record<string, string>
  /** The server wx.request and wx.uploadFile reach (see backend.ts); none: they fail. */
  server?: FastifyInstance
  /** What wx.chooseMedia picks: temp paths and their bytes (wx.uploadFile sends them). */
  photos?: Record<string, Buffer>
  /**
   * What wx.getLocation answers: a GCJ-02 position (default `USER_POSITION`), or a failure errMsg
   * such as 'getLocation:fail auth deny' (the user refused 位置信息).
   */
  location?: { latitude: number; longitude: number } | string
  privacy?: { needAuthorization: boolean; privacyContractName: string }
  /** How many require.async downloads (分包异步化) fail before one succeeds, as on a bad network. */
  failedDownloads?: number
  /** How the user answers wx.requestSubscribeMessage, per template id (read at each call; default reject). */
  subscribe?: Record<string, 'accept' | 'reject'>
}

export interface RecordedRequest {
  method: string
  path: string
  query: URLSearchParams
  header: Record<string, string>
  body: unknown
}

export interface PrivacyResult {
  event: string
  buttonId?: string
}
type PrivacyListener = (resolve: (result: PrivacyResult) => void) => void

export interface WxStub {
  wx: Record<string, unknown>
  calls: WxCall[]
  storage: Map<string, unknown>
  /** How many calls to `api` have had their success/fail callback run. */
  answered(api: string): number
  /** Arguments of each call to `api`, in order. */
  callsTo(api: string): unknown[][]
  /** Every wx.request, parsed; or only those to `METHOD /path`. */
  requests(endpoint?: string): RecordedRequest[]
  /** The zustand `state` of each wx.setStorageSync(key, …), in order. */
  writes(key: string): Record<string, unknown>[]
  /** What WeChat does when a privacy API runs before the user agreed: asks the last listener. */
  needPrivacyAuthorization(): Promise<PrivacyResult>
}

function invoke(options: Options, name: 'success' | 'fail' | 'complete', result: object): void {
  const callback = options[name]
  if (typeof callback === 'function') callback(result)
}

function parseRequest(options: Options): RecordedRequest {
  const url = new URL(String(options.url))
  const raw = options.data
  let body: unknown = raw
  if (typeof raw === 'string') {
    try {
      body = JSON.parse(raw)
    } catch {
      body = raw
    }
  }
  const header = (options.header ?? {}) as Record<string, string>
  return {
    method: String(options.method ?? 'GET'),
    path: url.pathname,
    query: url.searchParams,
    header,
    body,
  }
}

/** One wx.request as the server receives it. */
async function send(server: FastifyInstance | undefined, o: Options, data: unknown) {
  if (!server) throw new Error('no server: pass `server` to installWx')
  const url = new URL(String(o.url))
  return server.inject({
    method: String(o.method ?? 'GET') as 'GET',
    url: url.pathname + url.search,
    headers: (o.header ?? {}) as Record<string, string>,
    ...(data === undefined ? {} : { payload: data as string }),
  })
}

export function createWx(options: WxOptions = {}): WxStub {
  const calls: WxCall[] = []
  const answers = new Map<string, number>()
  const done = (api: string) => answers.set(api, (answers.get(api) ?? 0) + 1)
  const storage = new Map<string, unknown>(Object.entries(options.storage ?? {}))
  const location = options.location ?? USER_POSITION
  const privacy = options.privacy ?? { needAuthorization: true, privacyContractName: CONTRACT_NAME }
  const privacyListeners: PrivacyListener[] = []
  const info = deviceInfo(options.fontSizeSetting ?? 17)

  const sync =
    (api: string, fn: WxApi): WxApi =>
    (...args: never[]) => {
      calls.push({ api, args })
      return fn(...args)
    }
  /** `respond` gives the result; an errMsg containing ":fail" goes to `fail`. */
  const later = (api: string, respond: (o: Options) => object = () => ({})) =>
    sync(api, ((o: Options = {}) => {
      setTimeout(() => {
        const result = { errMsg: `${api}:ok`, ...respond(o) }
        invoke(o, result.errMsg.includes(':fail') ? 'fail' : 'success', result)
        invoke(o, 'complete', result)
        done(api)
      }, 0)
    }) as WxApi)

  const wx: Record<string, unknown> = {
    env: { USER_DATA_PATH: 'wxfile://usr' },
    getSystemInfoSync: sync('getSystemInfoSync', () => info.system),
    getWindowInfo: sync('getWindowInfo', () => info.window),
    getAppBaseInfo: sync('getAppBaseInfo', () => info.appBase),
    getDeviceInfo: sync('getDeviceInfo', () => info.device),
    getStorageSync: sync('getStorageSync', ((key: string) =>
      storage.has(key) ? storage.get(key) : '') as WxApi),
    setStorageSync: sync(
      'setStorageSync',
      ((key: string, value: unknown) => void storage.set(key, value)) as WxApi,
    ),
    removeStorageSync: sync(
      'removeStorageSync',
      ((key: string) => void storage.delete(key)) as WxApi,
    ),
    login: later('login', () => ({ code: options.loginCode ?? LOGIN_CODE })),
    request: sync('request', ((o: Options) => {
      void track(send(options.server, o, o.data)).then(
        (response) => {
          const raw = response.body
          const result = {
            statusCode: response.statusCode,
            data: o.dataType === 'json' ? (JSON.parse(raw) as unknown) : raw,
            header: response.headers,
            errMsg: 'request:ok',
          }
          invoke(o, 'success', result)
          invoke(o, 'complete', result)
          done('request')
        },
        (error: unknown) => {
          const result = { errMsg: `request:fail ${String(error)}` }
          invoke(o, 'fail', result)
          invoke(o, 'complete', result)
          done('request')
        },
      )
      return {
        abort: () => undefined,
        onHeadersReceived: () => undefined,
        offHeadersReceived: () => undefined,
      }
    }) as WxApi),
    getPrivacySetting: later('getPrivacySetting', () => privacy),
    onNeedPrivacyAuthorization: sync('onNeedPrivacyAuthorization', ((listener: PrivacyListener) => {
      privacyListeners.push(listener)
    }) as WxApi),
    openPrivacyContract: later('openPrivacyContract'),
    navigateTo: later('navigateTo'),
    redirectTo: later('redirectTo'),
    switchTab: later('switchTab'),
    reLaunch: later('reLaunch'),
    navigateBack: later('navigateBack'),
    makePhoneCall: later('makePhoneCall'),
    getLocation: later('getLocation', () =>
      typeof location === 'string'
        ? { errMsg: location }
        : { ...location, speed: -1, accuracy: 35, altitude: 0 },
    ),
    openLocation: later('openLocation'),
    requestSubscribeMessage: later('requestSubscribeMessage', (o) =>
      Object.fromEntries(
        ((o.tmplIds ?? []) as string[]).map((id) => [id, options.subscribe?.[id] ?? 'reject']),
      ),
    ),
    scanCode: later('scanCode', () => ({ result: options.scanned ?? '', scanType: 'QR_CODE' })),
    nextTick: sync('nextTick', ((fn: () => void) => void Promise.resolve().then(fn)) as WxApi),
    createSelectorQuery: sync('createSelectorQuery', createSelectorQuery),
    ...fileApis(options.server, options.photos ?? {}, (api, args) => calls.push({ api, args })),
    ...videoApis((api, args) => calls.push({ api, args })),
  }

  return {
    wx,
    calls,
    storage,
    answered: (api) => answers.get(api) ?? 0,
    callsTo: (api) => calls.filter((c) => c.api === api).map((c) => c.args),
    requests: (endpoint) =>
      calls
        .filter((c) => c.api === 'request')
        .map((c) => parseRequest(c.args[0] as Options))
        .filter((r) => endpoint === undefined || `${r.method} ${r.path}` === endpoint),
    writes: (key) =>
      calls
        .filter((c) => c.api === 'setStorageSync' && c.args[0] === key)
        .map((c) => (JSON.parse(String(c.args[1])) as { state: Record<string, unknown> }).state),
    needPrivacyAuthorization: () =>
      new Promise((resolve) => {
        const listener = privacyListeners[privacyListeners.length - 1]
        if (!listener) throw new Error('nothing called wx.onNeedPrivacyAuthorization')
        listener(resolve)
      }),
  }
}

/** A fresh stub installed as the global `wx` the code under test calls. */
export function installWx(options: WxOptions = {}): WxStub {
  const stub = createWx(options)
  ;(globalThis as unknown as Record<string, unknown>).wx = stub.wx
  return stub
}
