import { execFileSync, execSync, spawn, type ChildProcess } from 'node:child_process'
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'

/** Where Debian's `postgresql` package puts the server binaries (the newest version). */
export function postgresBin(): string | null {
  const root = '/usr/lib/postgresql'
  if (!existsSync(root)) return null
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a))
  return versions[0] ? join(root, versions[0], 'bin') : null
}

/**
 * Debian's postgresql, installed here when missing (as `ensureChromium` does for the browser),
 * without the package's own always-on cluster: the tests start throwaway ones.
 */
export function ensurePostgres(): string {
  const found = postgresBin()
  if (found) return found
  const sudo = process.getuid?.() === 0 ? '' : 'sudo '
  execSync(
    `${sudo}mkdir -p /etc/postgresql-common && ` +
      `echo 'create_main_cluster = false' | ${sudo}tee /etc/postgresql-common/createcluster.conf && ` +
      `${sudo}apt-get update -qq && ` +
      `${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql`,
    { stdio: 'inherit' },
  )
  const installed = postgresBin()
  if (!installed) throw new Error('apt-get installed postgresql but no initdb was found')
  return installed
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(),
      )
    })
  })
}

/** PostgreSQL refuses to run as root; a throwaway cluster then runs as `nobody`. */
const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {}

export interface Cluster {
  url: string
  stop: () => void
}

/** A throwaway cluster in a temp folder, trusting local connections, on a free port. */
export async function startCluster(): Promise<Cluster> {
  const bin = ensurePostgres()
  const dir = mkdtempSync(join(tmpdir(), 'qs-pg-'))
  chmodSync(dir, 0o777)
  const data = join(dir, 'data')
  execFileSync(
    join(bin, 'initdb'),
    ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8'],
    {
      ...asUser,
      stdio: 'ignore',
    },
  )
  const port = await freePort()
  const server: ChildProcess = spawn(
    join(bin, 'postgres'),
    [
      '-D',
      data,
      '-p',
      String(port),
      '-k',
      dir,
      '-h',
      '127.0.0.1',
      '-c',
      'fsync=off',
      '-c',
      'max_connections=300',
    ],
    { ...asUser, stdio: 'ignore', detached: false },
  )
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`
  await waitUntilUp(url)
  return {
    url,
    stop: () => {
      server.kill('SIGINT')
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

async function waitUntilUp(url: string): Promise<void> {
  const deadline = Date.now() + 20_000
  for (;;) {
    const client = new pg.Client({ connectionString: url })
    try {
      await client.connect()
      await client.end()
      return
    } catch (error) {
      await client.end().catch(() => undefined)
      if (Date.now() > deadline) throw error
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
}

let counter = 0

/** A new empty database on the cluster; returns its URL. */
export async function freshDatabase(clusterUrl: string): Promise<string> {
  const name = `t_${process.pid}_${Date.now()}_${counter++}`
  const client = new pg.Client({ connectionString: clusterUrl })
  await client.connect()
  try {
    await client.query(`CREATE DATABASE ${name}`)
  } finally {
    await client.end()
  }
  return clusterUrl.replace(/\/[^/]*$/, `/${name}`)
}
