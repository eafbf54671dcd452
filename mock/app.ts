import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import Fastify, { type FastifyInstance } from 'fastify'
import packageJson from '../package.json'
import { createAuthenticator } from './auth/authenticate'
import { consoleAuthenticator } from './modules/admin/cookie'
import { installConsoleStatic } from './modules/admin/static'
import { consoleGuard } from './modules/admin/guard'
import { devCode2Session, type Code2Session } from './auth/code2session'
import { seedDevStaff } from './auth/dev-staff'
import { qrSigningKey } from './modules/qr/key'
import { startReminderLoop, type SendReminder } from './notify/reminders'
import { sendDueReminders } from './modules/booking/reminders'
import { sendDueLiveReminders } from './modules/media/live-reminders'
import { deliverDueReminders } from './modules/messages/clock'
import { createNotify } from './modules/messages/notify'
import { developmentSender, type MessageSender } from './modules/messages/sender'
import { sendDueMessages } from './modules/messages/sends'
import type { MessageTemplates } from './modules/messages/templates'
import {
  connectDatabase,
  DEFAULT_DATABASE_PATH,
  type Database,
  type DatabaseOptions,
} from './db/connect'
import { createRepos } from './modules/repositories'
import { syncHolidayCalendar } from './modules/calendar/sync'
import { createHandlers } from './modules/routes'
import { calendarSyncOf, syncCalendarHook } from './http/calendar-sync'
import { installCompression } from './http/compression'
import { clientErrorHandler, frameworkErrors, installErrorHandling } from './http/errors'
import { createIdempotency } from './http/idempotency'
import { installJsonBody } from './http/json-body'
import { loggerOptions, OneLinePerRequest, type LogStream } from './http/logging'
import { installRateLimits, scaledLimits, type RateLimits } from './http/rate-limits'
import { installSecurityHeaders } from './http/security-headers'
import { isContractRoute, registerEndpoints } from './http/register'
import { installStaticAndNotFound } from './http/spa'
import { applyChineseZodMessages } from './http/validation'
import { buildOpenApi } from './openapi/document'
import { sharedSearchIndex } from './modules/catalog/search-index'
import { lexiconInForce } from './modules/catalog/lexicon-console/store'
import { catalogVersion } from './modules/catalog/version-cache'
import { uploadRoutes } from './files/routes'
import { catalogFileRoutes } from './modules/catalog/console/file-routes'
import { folderStore } from './files/folder-store'
import { mediaFileRoutes } from './modules/media/files'
import { seedLiveSchedule } from './modules/media/seed'
import type { RegistryExtras } from './modules/account/identity/registry'
import { addRegistryExtras } from './modules/account/identity/registry-extras'
import { smsVerifier } from './modules/account/identity/sms-verifier'
import { createVerification } from './modules/account/identity/verification'
import type { IdentityVerifier } from './modules/account/identity/verifier'

export interface AppOptions extends DatabaseOptions {
  /** An already connected database instead of `databasePath`/`databaseUrl` (tests). */
  database?: Database
  now?: () => Date
  code2Session?: Code2Session
  /** Sends 预约提醒 subscription messages (WeChat); without it no reminder leaves the server. */
  sendReminder?: SendReminder
  /** Sends 消息 as WeChat subscription messages; by default every send is recorded as skipped. */
  messageSender?: MessageSender
  /** The subscription templates (ids, long-term) messages go out through; none by default. */
  messageTemplates?: MessageTemplates
  /** Where pino writes; logging is off without it. */
  logStream?: LogStream
  logLevel?: string
  /** The H5 build to serve, with history-mode fallback to its index.html. */
  staticDir?: string
  /** The 管理后台 build served at /admin; by default dist-admin next to `staticDir`. */
  adminDir?: string
  /** Behind a reverse proxy, take the client address from X-Forwarded-For (rate limiting). */
  trustProxy?: boolean
  /** Sign-ins allowed per client address per minute (default 10). */
  signInsPerMinute?: number
  /** 实名核验: WeChat 人脸核身 in production; by default the 人口库 code to the phone on file. */
  identityVerifier?: IdentityVerifier
  /** Extra fictional 人口库 / 市场主体 records on top of the seeded ones (tests, demos). */
  registry?: RegistryExtras
  /** Multiplies every rate limit (default 1): a test run signs in hundreds of devices from one address. */
  rateLimitFactor?: number
  /** Replaces single limits (after the factor); see `DEFAULT_RATE_LIMITS` in http/rate-limits.ts. */
  rateLimits?: Partial<RateLimits>
  /** Where uploaded files live; by default `uploads/` next to the database (a temp dir in memory). */
  uploadDir?: string
}

function defaultUploadDir({ databasePath, databaseUrl }: DatabaseOptions): string {
  if (databaseUrl === undefined && databasePath === ':memory:')
    return mkdtempSync(join(tmpdir(), 'qs-uploads-'))
  return join(
    databaseUrl === undefined ? dirname(databasePath ?? DEFAULT_DATABASE_PATH) : '.data',
    'uploads',
  )
}

export const BODY_LIMIT = 1024 * 1024

function rateLimitsOf(options: AppOptions): RateLimits {
  const limits = scaledLimits(options.rateLimitFactor ?? 1)
  if (options.signInsPerMinute !== undefined) {
    limits.signIn = { ...limits.signIn, perAddress: options.signInsPerMinute }
  }
  return { ...limits, ...options.rateLimits }
}

export function buildApp(options: AppOptions): FastifyInstance {
  applyChineseZodMessages()
  const now = options.now ?? (() => new Date())
  const database = options.database ?? connectDatabase(options)
  const { sql } = database
  const repos = createRepos(sql)
  const templates = options.messageTemplates ?? { longTerm: false }
  const verifier = options.identityVerifier ?? smsVerifier(repos.identity)
  const app = Fastify({
    bodyLimit: BODY_LIMIT,
    logger: loggerOptions(options.logStream, options.logLevel),
    logController: new OneLinePerRequest(),
    trustProxy: options.trustProxy ?? false,
    frameworkErrors,
    clientErrorHandler,
  })
  let stopReminders: (() => void) | undefined
  const closing = new AbortController()
  app.addHook('onClose', async () => {
    closing.abort()
    stopReminders?.()
    await sql.destroy() // closes the SQLite database too
    await database.dispose?.()
  })

  const calendar = calendarSyncOf(sql)
  const authenticate = createAuthenticator(repos.sessions, calendar)
  installJsonBody(app)
  installErrorHandling(app)
  installCompression(app)
  installSecurityHeaders(app, options.staticDir)
  installRateLimits(app, { limits: rateLimitsOf(options), sql, now, authenticate })
  installStaticAndNotFound(app, options.staticDir)
  installConsoleStatic(
    app,
    options.adminDir ?? (options.staticDir && join(dirname(options.staticDir), 'dist-admin')),
  )

  const search = sharedSearchIndex(
    async () => ({
      items: await repos.catalog.searchDocs(),
      bundles: await repos.bundles.searchDocs(),
      lexicon: (await lexiconInForce(sql)).lexicon,
    }),
    closing.signal,
    () => catalogVersion(sql),
  )
  // A listening server builds the pinyin index (≈ 1.5 s, in steps that leave other requests
  // answered) right away; tests that only inject never pay for it unless they search.
  app.addHook('onListen', async () => {
    search().catch((error: unknown) => {
      if (!closing.signal.aborted) app.log.error({ err: error }, 'search index build failed')
    })
    const send = options.sendReminder
    // A failed tick is logged and tried again on the next one; it must not end the process.
    const loopFailed = (job: string) => (error: unknown) => {
      if (!closing.signal.aborted) app.log.error({ err: error }, `${job} failed`)
      return 0
    }
    const messageSends = { sender: options.messageSender ?? developmentSender, templates }
    stopReminders = startReminderLoop(
      [
        (at) =>
          syncHolidayCalendar(sql)
            .then(() => deliverDueReminders(repos, at))
            .catch(loopFailed('message reminders')),
        (at) =>
          sendDueMessages(repos.messages, messageSends, at).catch(loopFailed('message sends')),
        ...(send
          ? [
              (at: Date) => sendDueReminders(repos, send, at),
              (at: Date) => sendDueLiveReminders(repos, send, at),
            ]
          : []),
      ],
      now,
    )
  })
  // Working days follow the holiday calendar the console saved, on every process, at once: a
  // contract endpoint syncs it with its session (register.ts), every other API route here.
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method]
    if (!route.url.startsWith('/api/') || methods.some((m) => isContractRoute(m, route.url))) return
    const sync = syncCalendarHook(calendar.now)
    const own = route.onRequest
    route.onRequest = own ? [sync, ...(Array.isArray(own) ? own : [own])] : [sync]
  })
  const idempotency = createIdempotency(sql, repos.idempotency, now)
  // A plugin, so it loads after the ones above (compression hooks every route added after it) and
  // the server answers only once the database is migrated and seeded.
  void app.register(async (scope) => {
    await database.ready()
    if (options.registry) await addRegistryExtras(sql, options.registry)
    if (!options.code2Session) await seedDevStaff(repos, now())
    await seedLiveSchedule(sql, now())
    const handlers = createHandlers({
      repos,
      sql,
      search,
      qrKey: await qrSigningKey(sql),
      code2Session: options.code2Session ?? devCode2Session,
      version: packageJson.version,
      verification: createVerification(repos, verifier),
      devOutbox: verifier.method === 'sms',
      notify: createNotify(sql, repos.messages),
      messageTemplates: templates,
    })
    registerEndpoints(scope, handlers, {
      now,
      authenticate,
      idempotency,
      authenticateConsole: consoleAuthenticator(repos.admin, calendar.to),
      authorize: consoleGuard(repos),
      syncCalendar: calendar.now,
    })
  })
  const uploadDir = options.uploadDir ?? defaultUploadDir(options)
  void app.register(uploadRoutes, { repos, files: folderStore(uploadDir), now, authenticate })
  void app.register(catalogFileRoutes, { sql, repos, now, authenticate })
  void app.register(mediaFileRoutes, { dir: join(__dirname, 'modules', 'media', 'files') })

  // Built on first request: the whole contract as JSON Schema would cost every start ≈ 60 ms.
  let openApi: string | undefined
  app.get('/api/v1/openapi.json', (_request, reply) =>
    reply
      .type('application/json; charset=utf-8')
      .send((openApi ??= JSON.stringify(buildOpenApi(packageJson.version)))),
  )
  return app
}
