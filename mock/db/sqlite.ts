import type Database from 'better-sqlite3'

/** The embedded SQLite handle, for the repositories and seeds not yet on Kysely. */
export type Db = Database.Database
