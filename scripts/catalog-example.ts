// Writes docs/实施清单示例.xlsx from the seeded catalog (npm run catalog:example), so the example
// the district starts from is what the console exports; tests/mock/admin/catalog-example.test.ts
// fails when the two drift apart.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { sqliteSql } from '../mock/db/engine'
import { openDatabase } from '../mock/db/open'
import { exampleWorkbook } from '../mock/modules/catalog/console/example'

export const EXAMPLE_PATH = join(__dirname, '..', 'docs', '实施清单示例.xlsx')

async function main() {
  const sql = sqliteSql(openDatabase(':memory:'))
  try {
    writeFileSync(EXAMPLE_PATH, await exampleWorkbook(sql))
    process.stdout.write(`wrote ${EXAMPLE_PATH}\n`)
  } finally {
    await sql.destroy()
  }
}

void main()
