import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { freePort } from './postgres'

const ROOT = path.resolve(__dirname, '../..')

export interface ServerProcess {
  base: string
  child: ChildProcess
  /** SIGKILL: the process dies mid-request, as a crashed machine would. */
  kill: () => void
}

async function healthy(base: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 90_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited ${child.exitCode}: ${output()}`)
    try {
      const response = await fetch(`${base}/api/v1/health`)
      if (response.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`server at ${base} not ready in 90 s: ${output()}`)
}

/** `npm run server` as a separate process with `env` on top of this one's; resolves once it answers. */
export async function startServer(env: Record<string, string>): Promise<ServerProcess> {
  const port = await freePort()
  // The compiled server (dist-server/, rebuilt first when a source changed), run in this very
  // process: a SIGKILL kills the server itself, as it would in production.
  const child = spawn(process.execPath, ['scripts/server.js'], {
    cwd: ROOT,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000)
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  const base = `http://127.0.0.1:${port}`
  await healthy(base, child, () => output)
  return { base, child, kill: () => child.kill('SIGKILL') }
}

export function stopServers(servers: readonly ServerProcess[]): Promise<void> {
  return Promise.all(
    servers.map(
      (server) =>
        new Promise<void>((resolve) => {
          if (server.child.exitCode !== null || server.child.signalCode !== null) return resolve()
          server.child.once('exit', () => resolve())
          server.child.kill('SIGTERM')
        }),
    ),
  ).then(() => undefined)
}
