/** Dumps every table of a freshly seeded in-memory database, rows sorted, to prove a refactor of the seeds changes no row. */
import { writeFileSync } from 'node:fs'
import { openDatabase } from '../mock/db/open'

// The only values that differ between two runs: the clock at seeding, random UUIDs and the random 一码通 code ids.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
const ISO_NOW = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/
function normalise(table: string, row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(row)) {
    if (table === 'qr_codes' && key === 'id') continue
    if ((key === 'at' || /_at$/.test(key)) && typeof value === 'string' && ISO_NOW.test(value))
      out[key] = '<seeded at>'
    else if (typeof value === 'string' && UUID.test(value)) out[key] = '<uuid>'
    else out[key] = Buffer.isBuffer(value) ? value.toString('base64') : value
  }
  return out
}

const db = openDatabase(':memory:')
const tables = db
  .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
  .all() as { name: string }[]
const dump: Record<string, string[]> = {}
for (const { name } of tables) {
  const rows = db.prepare(`SELECT * FROM "${name}"`).all() as Record<string, unknown>[]
  dump[name] = rows.map((row) => JSON.stringify(normalise(name, row))).sort()
}
const out = process.argv[2] ?? 'seeded.json'
writeFileSync(out, JSON.stringify(dump, null, 1))
process.stdout.write(
  Object.entries(dump)
    .filter(([, r]) => r.length > 0)
    .map(([n, r]) => `${n} ${r.length}`)
    .join('\n') + '\n',
)
