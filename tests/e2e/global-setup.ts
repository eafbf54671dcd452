import { existsSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { ensureChromium } from './support/chromium'
import { startServer } from './support/server'
import { newStateFile } from './support/state'

export default async function globalSetup(): Promise<void> {
  if (!existsSync(path.resolve(__dirname, '..', '..', 'dist-h5', 'index.html'))) {
    throw new Error('dist-h5/ is missing: run `npm run build:h5` before the browser tests')
  }
  if (!existsSync(path.resolve(__dirname, '..', '..', 'dist-admin', 'index.html'))) {
    throw new Error('dist-admin/ is missing: run `npm run build:admin` before the browser tests')
  }
  ensureChromium()
  const server = await startServer()
  writeFileSync(newStateFile(), JSON.stringify({ url: server.url, pid: server.child.pid }))
  server.child.unref()
}
