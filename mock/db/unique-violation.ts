/**
 * Whether a write failed on a unique index, on either engine (SQLite: SQLITE_CONSTRAINT_UNIQUE,
 * PostgreSQL: 23505): two requests that both passed a check before writing.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('code' in error)) return false
  return error.code === 'SQLITE_CONSTRAINT_UNIQUE' || error.code === '23505'
}
