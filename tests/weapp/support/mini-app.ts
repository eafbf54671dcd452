// Runs the compiled weapp (dist/) inside miniprogram-simulate: wx stub, App/Page globals, pages on demand.
import { Buffer } from 'node:buffer'
import fs from 'node:fs'
import path from 'node:path'
import { simulate, waitFor, type SimRoot } from './simulate'
import { openPage, type OpenPage } from './page'
import { installWx, type WxOptions, type WxStub } from './wx'

export const DIST = path.resolve(__dirname, '../../../dist')
const LOAD = { rootPath: DIST, compiler: 'official' } as const

type Query = Record<string, string>
type Lifecycle = (this: unknown, ...args: unknown[]) => unknown
type AppConfig = Record<string, unknown>

/** One setData a page made: its route and the payload's size as WeChat counts it (JSON, UTF-8). */
export interface SetDataRecord {
  route: string
  bytes: number
}

export interface MiniApp {
  wx: WxStub
  /** The bearer token of the app's session, once its sign-in is persisted. */
  signedIn(): Promise<string>
  /** Every page setData so far, in order (Taro renders through the page's setData only). */
  setData: SetDataRecord[]
  /** Every page of dist/app.json (main package first, then subpackages). */
  pages: string[]
  /** Renders a page as WeChat opens it: onLoad(query) → onShow → onReady. */
  open(route: string, query?: Query): Promise<OpenPage>
}

interface AppJson {
  pages: string[]
  subPackages?: { root: string; pages: string[] }[]
}

function readAppJson(): AppJson {
  const file = path.join(DIST, 'app.json')
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run \`npm run build:weapp\` first`)
  return JSON.parse(fs.readFileSync(file, 'utf8')) as AppJson
}

/**
 * WeChat's `require.async` (分包异步化) for the build's files (see require-async-transform.js):
 * recorded as a `require.async` call with the file's path in dist/, refused like WeChat does
 * when the file is in no subpackage app.json declares, answered on a later task.
 */
function requireAsync(wx: WxStub, failedDownloads = 0) {
  const roots = (readAppJson().subPackages ?? []).map((sub) => `${sub.root.replace(/\/$/, '')}/`)
  let failuresLeft = failedDownloads
  return (from: string, request: string, load: () => unknown): Promise<unknown> => {
    const file = path
      .relative(DIST, path.resolve(path.dirname(from), request))
      .split(path.sep)
      .join('/')
    wx.calls.push({ api: 'require.async', args: [file] })
    return new Promise((resolve, reject) =>
      setTimeout(() => {
        if (!roots.some((root) => file.startsWith(root)))
          reject({ mod: request, errMsg: `require.async: ${file} is in no subpackage of app.json` })
        else if (failuresLeft > 0) {
          failuresLeft -= 1
          reject({ mod: request, errMsg: 'require.async: fail network error' })
        } else resolve(load())
      }, 0),
    )
  }
}

export function appPages(): string[] {
  const app = readAppJson()
  return [
    ...app.pages,
    ...(app.subPackages ?? []).flatMap((sub) => sub.pages.map((p) => `${sub.root}/${p}`)),
  ]
}

const globals = globalThis as unknown as Record<string, unknown>
let launched = false

function lifecycle(config: AppConfig, name: string): Lifecycle {
  const fn = config[name]
  return typeof fn === 'function' ? (fn as Lifecycle) : () => undefined
}

/**
 * Taro registers pages with Page(config); simulate renders components. The page's functions become
 * methods (Taro's `eh` event handler among them) and its lifecycle runs from the component's.
 */
function pageAsComponent(
  config: AppConfig,
  route: string,
  queryOf: () => Query,
  stack: unknown[],
  log: SetDataRecord[],
): object {
  const methods = Object.fromEntries(
    Object.entries(config).filter(([, v]) => typeof v === 'function'),
  )
  return {
    data: config.data,
    methods,
    lifetimes: {
      attached(this: Record<string, unknown>) {
        // Before onLoad, where Taro keeps this instance as the page it renders into.
        const setData = this.setData as (data: object, callback?: () => void) => void
        this.setData = (data: object, callback?: () => void) => {
          log.push({ route, bytes: Buffer.byteLength(JSON.stringify(data), 'utf8') })
          setData.call(this, data, callback)
        }
        this.route = route
        this.options = queryOf()
        stack.push(this)
        lifecycle(config, 'onLoad').call(this, { ...queryOf() })
        lifecycle(config, 'onShow').call(this)
      },
      ready(this: unknown) {
        lifecycle(config, 'onReady').call(this)
      },
      detached(this: unknown) {
        lifecycle(config, 'onUnload').call(this)
        stack.splice(stack.indexOf(this), 1)
      },
    },
    pageLifetimes: {
      show(this: unknown) {
        lifecycle(config, 'onShow').call(this)
      },
      hide(this: unknown) {
        lifecycle(config, 'onHide').call(this)
      },
    },
  }
}

/**
 * Loads dist/app.js with a fresh wx stub (its requests go to `options.server`) and runs App
 * onLaunch/onShow. Once per test file.
 */
export function launchApp(options: WxOptions = {}): MiniApp {
  if (launched)
    throw new Error(
      'launchApp: the app is loaded once per test file (jest isolates modules per file)',
    )
  launched = true
  const pages = appPages()
  const wx = installWx(options)
  globals.__wxRequireAsync = requireAsync(wx, options.failedDownloads)
  const stack: unknown[] = []
  const setDataLog: SetDataRecord[] = []
  const ids = new Map<string, string>()
  let app: AppConfig | null = null
  let loadingRoute = ''
  let query: Query = {}

  const registerComponent = globals.Component as (options: object) => void
  Object.assign(globals, {
    App: (config: AppConfig) => void (app = config),
    getApp: () => app,
    getCurrentPages: () => [...stack],
    Page: (config: AppConfig) =>
      registerComponent(pageAsComponent(config, loadingRoute, () => query, stack, setDataLog)),
  })

  jest.requireActual(path.join(DIST, 'app.js'))
  if (app === null) throw new Error('dist/app.js did not call App()')
  const launchOptions = { path: pages[0], query: {}, scene: 1001, referrerInfo: {} }
  lifecycle(app, 'onLaunch').call(app, launchOptions)
  lifecycle(app, 'onShow').call(app, launchOptions)

  // Taro's recursive `comp` component is one webpack chunk: it registers once, every page reuses it.
  const comp = simulate.load(path.join(DIST, 'comp'), 'comp', LOAD)

  // A page chunk calls Page() only the first time webpack installs it: keep its component id and re-render.
  const load = (route: string): string => {
    if (!pages.includes(route)) throw new Error(`${route} is not a page of dist/app.json`)
    const known = ids.get(route)
    if (known !== undefined) return known
    loadingRoute = route
    const id = simulate.load(path.join(DIST, route), 'page', { ...LOAD, usingComponents: { comp } })
    ids.set(route, id)
    return id
  }

  return {
    wx,
    signedIn: async () => {
      const token = await waitFor(() => wx.writes('gov.session').at(-1)?.token ?? false)
      return String(token)
    },
    setData: setDataLog,
    pages,
    async open(route, pageQuery = {}) {
      const root: SimRoot = simulate.render(load(route))
      query = pageQuery
      const host = document.createElement('div')
      document.body.appendChild(host)
      root.attach(host)
      return openPage(root, host)
    },
  }
}

/** One page's spec: its query, what it shows, the server state it needs first, the user's taps. */
export interface PageSpec {
  /** The page's query (a function: read once the fixtures exist). */
  query?: Record<string, string> | (() => Record<string, string>)
  /** What the user must see once the page has loaded (a function: read once the server is up). */
  shows: string[] | (() => string[])
  /** What the server must hold first, made through the API (run just before the page opens). */
  before?: () => Promise<void>
  /** Taps or typing that go through setData, and the wx calls they make. */
  interact?: (page: OpenPage, app: MiniApp) => Promise<void>
}

/** The url of each call to a navigation api (`navigateTo`, `redirectTo` …), in order. */
export const urlsOf = (app: MiniApp, api = 'navigateTo') =>
  app.wx.callsTo(api).map(([o]) => (o as { url: string }).url)
