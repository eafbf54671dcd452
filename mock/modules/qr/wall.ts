import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { chromium } from 'playwright-core'
import { qrLink } from '../../../src/services/contract'
import { connectDatabase, type DatabaseOptions } from '../../db/connect'
import { createRepos } from '../repositories'
import { qrSigningKey } from './key'
import { wallSheet } from './wall-sheet'

export interface WallCode {
  title: string
  payload: string
  link: string
  /** Where the code is drawn in the PNG, in pixels. */
  box: { x: number; y: number; width: number; height: number }
}
export interface Wall {
  zone: string
  pdf: string
  png: string
  codes: WallCode[]
}

/** Renders a zone's 一码通 matrix wall as a printable A3 PDF and a PNG, with a manifest. */
export async function renderWall(options: {
  database: DatabaseOptions
  zoneId: string
  outDir: string
  chromiumPath?: string
}): Promise<Wall> {
  const { sql, ready } = connectDatabase(options.database)
  try {
    await ready()
    const repos = createRepos(sql)
    const key = await qrSigningKey(sql)
    const sheet = await wallSheet(repos, key, options.zoneId)
    if (!sheet) {
      const known = (await repos.qr.zones()).map((z) => z.id).join(', ')
      throw new Error(`未知的专区“${options.zoneId}”，可选：${known}`)
    }
    const { cells } = sheet
    mkdirSync(options.outDir, { recursive: true })
    const base = path.join(options.outDir, `qr-wall-${options.zoneId}`)
    const browser = await chromium.launch({
      executablePath: options.chromiumPath ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu'],
    })
    try {
      const page = await browser.newPage({ viewport: { width: 1123, height: 1587 } })
      await page.setContent(sheet.html, { waitUntil: 'load' })
      await page.pdf({ path: `${base}.pdf`, format: 'A3', printBackground: true })
      await page.screenshot({ path: `${base}.png`, fullPage: true })
      const boxes = await page.$$eval('.code', (nodes) =>
        nodes.map((n) => {
          const r = n.getBoundingClientRect()
          return { x: r.x, y: r.y + window.scrollY, width: r.width, height: r.height }
        }),
      )
      const codes = cells.map((c, i) => ({
        title: c.title,
        payload: c.payload,
        link: qrLink(c.payload),
        box: boxes[i] ?? { x: 0, y: 0, width: 0, height: 0 },
      }))
      const wall = { zone: sheet.zone, pdf: `${base}.pdf`, png: `${base}.png`, codes }
      writeFileSync(`${base}.json`, `${JSON.stringify(wall, null, 2)}\n`)
      return wall
    } finally {
      await browser.close()
    }
  } finally {
    await sql.destroy()
  }
}
