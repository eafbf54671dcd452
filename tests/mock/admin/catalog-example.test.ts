// docs/实施清单示例.xlsx is what the console exports for the seeded catalog (hand-written guides
// and a few 示例 items); regenerate it with `npm run catalog:example` when this fails.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { cellsOf } from '../../../mock/modules/catalog/console/columns'
import { exampleRecords } from '../../../mock/modules/catalog/console/example'
import { loadVocabulary } from '../../../mock/modules/catalog/console/state'
import { testApp } from '../helpers'
import { rowsOf } from './catalog-support'

const { app, sql } = testApp()
beforeAll(() => app.ready())
afterAll(() => app.close())

test('the example file is the export of the seeded catalog, so it never drifts', async () => {
  const file = await rowsOf(readFileSync(join(__dirname, '../../../docs/实施清单示例.xlsx')))
  const words = await loadVocabulary(sql)
  const expected = (await exampleRecords(sql)).map((r) => cellsOf(r, words))
  expect(file).toEqual(expected)
  expect(file.filter((r) => r['示例'] === '是')).toHaveLength(5)
})
