import pg from 'pg'
import { connectDatabase, type Database } from '../../mock/db/connect'
import { postgresSql } from '../../mock/db/engine'

/** A database of the cluster by name. */
export const databaseUrl = (clusterUrl: string, name: string) =>
  clusterUrl.replace(/\/[^/]*$/, `/${name}`)

async function admin(clusterUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: clusterUrl })
  await client.connect()
  try {
    await client.query(statement)
  } finally {
    await client.end()
  }
}

/** Migrates and seeds one database, as a first server start would; apps copy it. */
export async function seedTemplate(clusterUrl: string, name = 'qs_seeded'): Promise<string> {
  await admin(clusterUrl, `CREATE DATABASE ${name}`)
  const database = connectDatabase({ databaseUrl: databaseUrl(clusterUrl, name) })
  await database.ready()
  await database.sql.destroy()
  return name
}

let counter = 0

/**
 * Drops a closed app's database once its last connection has gone (a forced drop would reach a
 * connection still saying goodbye, as an error). One still busy after a second stays until the
 * throwaway cluster is removed.
 */
async function dropWhenFree(clusterUrl: string, name: string): Promise<void> {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    try {
      await admin(clusterUrl, `DROP DATABASE IF EXISTS ${name}`)
      return
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }
}

/**
 * A new database copied from the seeded template when an app first needs it (PostgreSQL copies
 * it file by file, far faster than seeding). Several apps may open it in turn (a restart);
 * `remove` drops it.
 */
export function templateCopy(clusterUrl: string, template: string) {
  const name = `app_${process.pid}_${counter++}`
  let created: Promise<void> | undefined
  const ready = () =>
    (created ??= admin(clusterUrl, `CREATE DATABASE ${name} TEMPLATE ${template}`))
  const remove = async () => {
    if (created) await dropWhenFree(clusterUrl, name)
  }
  const open = (): Database => ({ sql: postgresSql(databaseUrl(clusterUrl, name), 4), ready })
  return { open, remove }
}

/** A copy of the template for one app, dropped when the app closes. */
export function templatedDatabase(clusterUrl: string, template: string): Database {
  const copy = templateCopy(clusterUrl, template)
  return { ...copy.open(), dispose: copy.remove }
}
