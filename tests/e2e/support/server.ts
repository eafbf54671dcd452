import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

const ROOT = path.resolve(__dirname, '..', '..', '..')

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      )
    })
  })
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`)
    try {
      const res = await fetch(`${url}/api/v1/health`)
      if (res.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`server at ${url} did not become healthy in ${timeoutMs} ms`)
}

/**
 * The server builds its pinyin index right after it starts listening, which holds its event loop
 * for a second or more (much more on a loaded machine). One search waits for that, so the first
 * test's sign-in is not what pays for it.
 */
async function warmSearchIndex(url: string): Promise<void> {
  const signIn = await fetch(`${url}/api/v1/auth/wechat-login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code: 'dev:e2e-warm-up' }),
  })
  const { data } = (await signIn.json()) as { data: { token: string } }
  await fetch(`${url}/api/v1/catalog/search?q=${encodeURIComponent('企业开办')}`, {
    headers: { authorization: `Bearer ${data.token}` },
  })
}

/**
 * The real reference backend serving the real H5 build, on a fresh database file: the `dist-h5`
 * in `cwd` (the repository's own, or a benchmark's bare app).
 */
export async function startServer(cwd = ROOT): Promise<{
  url: string
  child: ChildProcess
  databasePath: string
}> {
  const port = await freePort()
  const databasePath = path.join(mkdtempSync(path.join(tmpdir(), 'gov-e2e-')), 'e2e.db')
  const child = spawn(process.execPath, [path.join(ROOT, 'scripts', 'server.js')], {
    cwd,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_PATH: databasePath,
      LOG_LEVEL: 'warn',
      // Every browser profile of the run signs in from 127.0.0.1: the per-address limit that
      // protects a real deployment would turn away later test files.
      SIGN_INS_PER_MINUTE: '1000',
      // The same for searches, scans and uploads of the many test users on one address.
      RATE_LIMIT_FACTOR: '100',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  const url = `http://127.0.0.1:${port}`
  await waitForHealth(url, child, 30_000)
  await warmSearchIndex(url)
  return { url, child, databasePath }
}
