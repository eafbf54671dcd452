import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import jsQR from 'jsqr'
import { PNG } from 'pngjs'
import { openDatabase } from '../../mock/db/open'
import { sqliteSql } from '../../mock/db/engine'
import { createRepos } from '../../mock/modules/repositories'
import { qrSigningKey } from '../../mock/modules/qr/key'
import { resolveCode } from '../../mock/modules/qr/resolve'
import { renderWall, type WallCode } from '../../mock/modules/qr/wall'
import { CHROMIUM_PATH } from './support/chromium'

/** Cuts one code (with its quiet zone) out of the wall and decodes it. */
function decode(png: PNG, box: WallCode['box']): string | null {
  const x0 = Math.max(0, Math.floor(box.x) - 8)
  const y0 = Math.max(0, Math.floor(box.y) - 8)
  const width = Math.min(png.width - x0, Math.ceil(box.width) + 16)
  const height = Math.min(png.height - y0, Math.ceil(box.height) + 16)
  const data = new Uint8ClampedArray(width * height * 4)
  for (let y = 0; y < height; y++) {
    const from = ((y0 + y) * png.width + x0) * 4
    data.set(png.data.subarray(from, from + width * 4), y * width * 4)
  }
  return jsQR(data, width, height)?.data ?? null
}

test('npm run qr:wall renders the zone’s codes as PDF and PNG, and every code decodes to a live official payload', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'qr-wall-'))
  const databasePath = path.join(dir, 'app.db')
  const wall = await renderWall({
    database: { databasePath },
    zoneId: 'enterprise',
    outDir: dir,
    chromiumPath: CHROMIUM_PATH,
  })
  expect(wall.zone).toBe('企业智惠服务专区')
  expect(readFileSync(wall.pdf).subarray(0, 5).toString()).toBe('%PDF-')
  expect(wall.codes.map((c) => c.title)).toEqual(
    expect.arrayContaining(['专区服务一览', '企业开办', '政务服务中心取号']),
  )

  const png = PNG.sync.read(readFileSync(wall.png))
  const db = openDatabase(databasePath)
  try {
    const sql = sqliteSql(db)
    const repos = createRepos(sql)
    const key = await qrSigningKey(sql)
    for (const code of wall.codes) {
      const text = decode(png, code.box)
      expect(text).toBe(code.link)
      const resolved = await resolveCode(repos, key, text ?? '', new Date())
      expect(resolved).toMatchObject({ result: 'official' })
    }
  } finally {
    db.close()
  }
})

test('an unknown zone names the zones there are', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'qr-wall-'))
  await expect(
    renderWall({
      database: { databasePath: path.join(dir, 'app.db') },
      zoneId: 'mars',
      outDir: dir,
    }),
  ).rejects.toThrow('未知的专区“mars”，可选：enterprise, bank, mall-wanda, mall-zhengxiang')
})
