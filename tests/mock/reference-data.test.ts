import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { parseReference } from '../../mock/modules/reference-data'
import { HandItemsFile, EntryGroupsFile } from '../../mock/modules/catalog/data/schema'
import tax from '../../mock/modules/catalog/data/items/tax.json'
import licenses from '../../mock/modules/catalog/data/long-tail/licenses.json'

/** A broken record in a reference-data file fails the load with the file and the record named. */
describe('reference data files', () => {
  const FILE = 'catalog/data/items/tax.json'
  const withItem = (index: number, patch: Record<string, unknown>): unknown => ({
    ...tax,
    items: tax.items.map((item, i) => (i === index ? { ...item, ...patch } : item)),
  })

  it('loads the files as they are', () => {
    expect(parseReference(FILE, HandItemsFile, tax).items.length).toBe(tax.items.length)
  })

  it('names the file, the record and the field of a wrong value', () => {
    const id = tax.items[1]?.id ?? ''
    expect(() => parseReference(FILE, HandItemsFile, withItem(1, { promisedDays: '3天' }))).toThrow(
      new RegExp(`${FILE}[\\s\\S]*items\\[1\\]\\.promisedDays \\(${id}\\)`),
    )
  })

  it('rejects a material, department or scene its own file does not define', () => {
    const load =
      (patch: Record<string, unknown>): (() => unknown) =>
      () =>
        parseReference(FILE, HandItemsFile, withItem(0, patch))
    expect(load({ materials: ['idCard', 'noSuchMaterial'] })).toThrow(
      /items\[0\]\.materials\[1\] \(tax-new-taxpayer\): 材料库/,
    )
    expect(load({ dept: 'nowhere' })).toThrow(/items\[0\]\.dept \(tax-new-taxpayer\)/)
    expect(load({ scenes: ['企业开办', '开公司'] })).toThrow(/items\[0\]\.scenes\[1\]/)
  })

  it('keeps the generated vocabulary marked as 示例 (sample: true)', () => {
    const file = 'catalog/data/long-tail/licenses.json'
    expect(() => parseReference(file, EntryGroupsFile, { ...licenses, sample: false })).toThrow(
      new RegExp(`${file}[\\s\\S]*sample`),
    )
  })

  it('says where every file comes from', () => {
    expect(() => parseReference(FILE, HandItemsFile, { ...tax, source: undefined })).toThrow(
      /source/,
    )
  })
})

describe('every reference-data file', () => {
  const root = join(__dirname, '../../mock')
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) return files(path)
      return entry.name.endsWith('.json') ? [path] : []
    })
  const dataFiles = files(root)

  it.each(dataFiles.map((path) => [relative(root, path), path]))(
    '%s says where its records come from and whether they are samples',
    (_name, path) => {
      const data = JSON.parse(readFileSync(path, 'utf8')) as { source?: unknown; sample?: unknown }
      expect(typeof data.source).toBe('string')
      expect(String(data.source).length).toBeGreaterThan(0)
      expect(typeof data.sample).toBe('boolean')
    },
  )

  it('never shares its name with a module beside it (Node would load x.json for ./x)', () => {
    const clashes = dataFiles.filter((path) => existsSync(path.replace(/\.json$/, '.ts')))
    expect(clashes.map((path) => relative(root, path))).toEqual([])
  })
})
