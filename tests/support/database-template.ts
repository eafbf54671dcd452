import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { TEMPLATE_ENV, writeTemplate } from '../../mock/db/open'

/** Seeds one database for the whole run; every in-memory database of the suites copies it. */
export default function setup(): void {
  const path = join(mkdtempSync(join(tmpdir(), 'qs-template-')), 'seeded.db')
  writeTemplate(path)
  process.env[TEMPLATE_ENV] = path
}

export function teardown(): void {
  const path = process.env[TEMPLATE_ENV]
  if (path) rmSync(dirname(path), { recursive: true, force: true })
}
