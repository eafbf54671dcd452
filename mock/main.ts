import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { buildApp } from './app'
import { batchedLines } from './http/logging'
import { databaseFromEnv } from './db/connect'
import { wechatCode2Session } from './auth/code2session'
import { wechatReminderSender } from './notify/wechat-reminder'
import { wechatMessageSender } from './modules/messages/sender'
import { templatesFromEnv } from './modules/messages/templates'
import { wechatFaceVerifier } from './modules/account/identity/wechat-face-verifier'

function h5BuildDir(): string | undefined {
  const dir = resolve('dist-h5')
  return existsSync(join(dir, 'index.html')) ? dir : undefined
}

/** A positive number from the environment; a typo stops the start instead of lifting a limit. */
function positiveNumber(name: string): number | undefined {
  const raw = process.env[name]
  if (raw === undefined || raw === '') return undefined
  const value = Number(raw)
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} 必须是正数，当前为“${raw}”`)
  return value
}

async function main(): Promise<void> {
  const loaded = performance.now()
  const port = Number(process.env.PORT ?? 3000)
  const host = process.env.HOST ?? '0.0.0.0'
  const { WX_APPID, WX_SECRET, WX_REMINDER_TEMPLATE_ID } = process.env
  const staticDir = h5BuildDir()
  const app = buildApp({
    ...databaseFromEnv(),
    uploadDir: process.env.UPLOAD_DIR || undefined,
    logStream: batchedLines(process.stdout),
    logLevel: process.env.LOG_LEVEL ?? 'info',
    staticDir,
    trustProxy: process.env.TRUST_PROXY === '1',
    signInsPerMinute: positiveNumber('SIGN_INS_PER_MINUTE'),
    rateLimitFactor: positiveNumber('RATE_LIMIT_FACTOR'),
    code2Session: WX_APPID && WX_SECRET ? wechatCode2Session(WX_APPID, WX_SECRET) : undefined,
    identityVerifier: WX_APPID && WX_SECRET ? wechatFaceVerifier(WX_APPID, WX_SECRET) : undefined,
    sendReminder:
      WX_APPID && WX_SECRET && WX_REMINDER_TEMPLATE_ID
        ? wechatReminderSender(WX_APPID, WX_SECRET, WX_REMINDER_TEMPLATE_ID)
        : undefined,
    messageSender: WX_APPID && WX_SECRET ? wechatMessageSender(WX_APPID, WX_SECRET) : undefined,
    messageTemplates: templatesFromEnv(process.env),
  })

  let closing = false
  const shutdown = (signal: string) => {
    if (closing) return
    closing = true
    app.log.info({ signal }, '正在关闭服务')
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        app.log.error({ err: error }, '关闭服务失败')
        process.exit(1)
      },
    )
  }
  process.once('SIGINT', () => shutdown('SIGINT'))
  process.once('SIGTERM', () => shutdown('SIGTERM'))

  const built = performance.now()
  await app.ready()
  const ready = performance.now()
  await app.listen({ port, host })
  // From process start (node itself, loading the modules) to each step; `npm run bench` reads it.
  app.log.info(
    {
      startup: {
        loadedMs: Math.round(loaded),
        builtMs: Math.round(built),
        readyMs: Math.round(ready),
        listeningMs: Math.round(performance.now()),
      },
    },
    '启动用时',
  )
  const bound = app.server.address()
  const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host
  const base = `http://${shown}:${typeof bound === 'object' && bound ? bound.port : port}`
  app.log.info(`智慧政务服务管家 API 已启动：${base}/api/v1/health`)
  app.log.info(
    staticDir ? `H5 页面：${base}/` : '未找到 dist-h5/，只提供接口（先运行 npm run build:h5）',
  )
  if (!WX_APPID || !WX_SECRET)
    app.log.info('未配置 WX_APPID/WX_SECRET：使用开发登录（dev:<设备号>）')
}

main().catch((error: unknown) => {
  console.error('服务启动失败', error)
  process.exit(1)
})
