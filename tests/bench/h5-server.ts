// The H5 build served the way `npm start` serves it (mock/main.ts: API + dist-h5 with compression
// and immutable caching), on a fresh port and a fresh database, for the browser benchmarks.
import { createRequire } from 'node:module'
import { spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { PRIVACY_POLICY_VERSION } from '../../src/services/contract'

const ROOT = path.resolve(__dirname, '..', '..')

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

export interface H5Server {
  url: string
  stop(): void
}

/** `cwd` holds the `dist-h5` to serve (the repository's own, or the bare app's). */
export async function startH5Server(cwd = ROOT): Promise<H5Server> {
  const port = await freePort()
  const databasePath = path.join(mkdtempSync(path.join(tmpdir(), 'gov-bench-h5-')), 'bench.db')
  const child = spawn(
    process.execPath,
    [createRequire(__filename).resolve('tsx/cli'), path.join(ROOT, 'mock', 'main.ts')],
    {
      cwd,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATABASE_PATH: databasePath,
        LOG_LEVEL: 'warn',
        SIGN_INS_PER_MINUTE: '1000',
        RATE_LIMIT_FACTOR: '100',
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  )
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`)
    const healthy = await fetch(`${url}/api/v1/health`).then(
      (res) => res.ok,
      () => false,
    )
    if (healthy) {
      // The first search waits for the index build, so no measured page pays for it.
      await fetch(`${url}/api/v1/catalog/search?q=${encodeURIComponent('企业开办')}`).catch(
        () => undefined,
      )
      return { url, stop: () => child.kill() }
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  child.kill()
  throw new Error(`server at ${url} did not become healthy`)
}

/** localStorage of a returning user: privacy notice agreed, 长辈模式 on or off. */
export function returningUserStorage(elder: boolean): Record<string, string> {
  const taroValue = (state: unknown) =>
    JSON.stringify({ data: JSON.stringify({ state, version: 1 }) })
  return {
    'gov.consent': taroValue({
      agreedVersion: PRIVACY_POLICY_VERSION,
      agreedAt: '2026-12-01T00:00:00.000Z',
      unsynced: false,
    }),
    'gov.preferences': taroValue({ elderChoice: elder ? 'on' : 'off' }),
  }
}

export const TABS = {
  首页: '/pages/index/index',
  办事: '/pages/services/index',
  我的: '/pages/mine/index',
} as const

export const LIGHTHOUSE_PAGES = {
  home: '/pages/index/index',
  办事: '/pages/services/index',
  办事指南: '/packages/catalog/pages/guide/index?id=market-llc-setup',
  search: '/packages/catalog/pages/search/index',
} as const
