import { once } from 'node:events'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { startServer, type ServerProcess } from '../../support/server-processes'

/**
 * The compiled server writes its log lines in batches (mock/http/logging.ts `batchedLines`):
 * stopped by SIGTERM right after its last answers, it still writes the line of every request it
 * answered, and its own shutdown line, before it exits.
 */
jest.setTimeout(120_000)

const dir = mkdtempSync(path.join(tmpdir(), 'qs-log-flush-'))
let server: ServerProcess
let output = ''

beforeAll(async () => {
  server = await startServer({ DATABASE_PATH: path.join(dir, 'app.db'), LOG_LEVEL: 'info' })
  server.child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString()
  })
})
afterAll(() => {
  if (server.child.exitCode === null && server.child.signalCode === null) server.kill()
  rmSync(dir, { recursive: true, force: true })
})

test('every request line and the shutdown line are written when SIGTERM stops the server', async () => {
  const requests = 40
  for (let n = 0; n < requests; n += 1) {
    const response = await fetch(`${server.base}/api/v1/health?flush=${n}`)
    expect(response.status).toBe(200)
  }
  const closed = once(server.child, 'close')
  server.child.kill('SIGTERM')
  const [code] = (await closed) as [number | null]
  expect(code).toBe(0)
  const lines = output.split('\n').filter((line) => line.includes('"url":"/api/v1/health?flush='))
  expect(lines).toHaveLength(requests)
  for (const line of lines) expect(JSON.parse(line)).toMatchObject({ msg: 'request completed' })
  expect(output).toContain('正在关闭服务')
})
