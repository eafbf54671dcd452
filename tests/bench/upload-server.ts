// The server the upload-stall bench measures, in a process of its own: a client in the same
// process would stall with it and never see the stall. Prints its address, then serves until
// its parent closes stdin (or dies), so it cannot outlive the bench.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { buildApp } from '../../mock/app'

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'qs-upload-bench-'))
  const app = buildApp({ databasePath: path.join(dir, 'app.db'), trustProxy: true })
  const base = await app.listen({ port: 0, host: '127.0.0.1' })
  const stop = () =>
    void app.close().finally(() => {
      rmSync(dir, { recursive: true, force: true })
      process.exit(0)
    })
  process.stdin.on('end', stop).on('error', stop).resume()
  process.stdout.write(`${base}\n`)
}

void main()
