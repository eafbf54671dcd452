// Counts the statements a piece of work runs on SQLite (every one goes through better-sqlite3):
// for tests that a read route does not read once per row, or once more than it needs.
import Database from 'better-sqlite3'
import { onPostgres } from '../helpers'

type Run = (...args: unknown[]) => unknown
type Statement = Record<'all' | 'get' | 'run' | 'iterate', Run>
const statement = Object.getPrototypeOf(new Database(':memory:').prepare('SELECT 1')) as Statement

/** The SQL of each SQLite statement `work` ran, in order (null on PostgreSQL). */
export async function sqlOf(work: () => Promise<unknown>): Promise<string[] | null> {
  if (onPostgres()) {
    await work()
    return null
  }
  const ran: string[] = []
  const methods = ['all', 'get', 'run', 'iterate'] as const
  const originals = methods.map((name) => statement[name])
  methods.forEach((name, i) => {
    const original = originals[i] as Run
    statement[name] = function (this: { source: string }, ...args: unknown[]) {
      ran.push(this.source)
      return original.apply(this, args)
    }
  })
  try {
    await work()
  } finally {
    methods.forEach((name, i) => {
      statement[name] = originals[i] as Run
    })
  }
  return ran
}

/** How many SQLite statements `work` ran (null on PostgreSQL). */
export async function statementsOf(work: () => Promise<unknown>): Promise<number | null> {
  return (await sqlOf(work))?.length ?? null
}
