// Counts the statements a piece of work runs on SQLite (every one goes through better-sqlite3):
// for tests that a read route does not read once per row, or once more than it needs.
import Database from 'better-sqlite3'
import { onPostgres } from '../helpers'

type Statement = Record<'all' | 'get' | 'run' | 'iterate', (...args: unknown[]) => unknown>
const statement = Object.getPrototypeOf(new Database(':memory:').prepare('SELECT 1')) as Statement

/** How many SQLite statements `work` ran (null on PostgreSQL). */
export async function statementsOf(work: () => Promise<unknown>): Promise<number | null> {
  if (onPostgres()) {
    await work()
    return null
  }
  let count = 0
  const methods = ['all', 'get', 'run', 'iterate'] as const
  const originals = methods.map((name) => statement[name])
  methods.forEach((name, i) => {
    const original = originals[i] as Statement[typeof name]
    statement[name] = function (this: unknown, ...args: unknown[]) {
      count += 1
      return original.apply(this, args)
    }
  })
  try {
    await work()
  } finally {
    methods.forEach((name, i) => {
      statement[name] = originals[i] as Statement[typeof name]
    })
  }
  return count
}
