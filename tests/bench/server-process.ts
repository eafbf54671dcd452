// A server under test in a process of its own, so its CPU time can be read apart from the load
// generator's: requests per CPU second hold still on a busy machine, requests per second do not.
import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { freePort } from '../support/postgres'

const ROOT = path.resolve(__dirname, '../..')
/** Linux clock ticks per second (`getconf CLK_TCK`), the unit of /proc/<pid>/stat times. */
const TICKS_PER_SECOND = 100

export interface BenchServer {
  url: string
  /** Milliseconds from spawn to the first 200 from /api/v1/health. */
  readyMs: number
  /** CPU time (user + system) the process has used so far, in ms. */
  cpuMs: () => number
  /** What it wrote to stdout and stderr (the last 20 000 characters). */
  output: () => string
  stop: () => Promise<void>
}

export function cpuMsOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  // Fields after the command name (which may contain spaces) start at state: utime is 14th overall.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  const ticks = Number(fields[11]) + Number(fields[12])
  return (ticks * 1000) / TICKS_PER_SECOND
}

async function untilHealthy(url: string, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited ${child.exitCode}: ${output()}`)
    try {
      if ((await fetch(`${url}/api/v1/health`)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
  throw new Error(`server at ${url} not ready in 60 s: ${output()}`)
}

/** `node <script>` from the repository root with `env` on top of this process's. */
export async function startBenchServer(
  script: string,
  env: Record<string, string> = {},
): Promise<BenchServer> {
  const port = await freePort()
  const startedAt = performance.now()
  const child = spawn(process.execPath, [script], {
    cwd: ROOT,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let text = ''
  const keep = (chunk: Buffer) => {
    text = (text + chunk.toString()).slice(-20_000)
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  const url = `http://127.0.0.1:${port}`
  await untilHealthy(url, child, () => text)
  const readyMs = Math.round(performance.now() - startedAt)
  const pid = child.pid ?? 0
  return {
    url,
    readyMs,
    cpuMs: () => cpuMsOf(pid),
    output: () => text,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}

export const HELLO_SERVER = 'tests/bench/hello-server.js'
export const COMPILED_SERVER = 'scripts/server.js'

/**
 * Waits for the work a listening server starts in the background (the search index build), so
 * its CPU time is not counted against the first requests measured.
 */
export async function settled(server: BenchServer): Promise<void> {
  const signIn = await fetch(`${server.url}/api/v1/auth/wechat-login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code: 'dev:bench-warm-up' }),
  })
  const { data } = (await signIn.json()) as { data: { token: string } }
  const search = await fetch(
    `${server.url}/api/v1/catalog/search?q=${encodeURIComponent('社保')}`,
    {
      headers: { authorization: `Bearer ${data.token}` },
    },
  )
  if (!search.ok) throw new Error(`search answered ${search.status}: ${await search.text()}`)
}
