import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { chromium } from 'playwright-core'
import { renderSVG } from 'uqr'
import { qrLink, QR_LINK_BASE } from '../../../src/services/contract'
import { connectDatabase, type DatabaseOptions } from '../../db/connect'
import { createRepos } from '../repositories'
import { qrSigningKey } from './key'
import { signPayload } from './sign'

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

const escape = (text: string) =>
  text.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c,
  )

function html(name: string, cells: { title: string; payload: string; svg: string }[]) {
  const host = new URL(QR_LINK_BASE).host
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
  @page { size: A3; margin: 12mm; }
  body { margin: 0; font-family: "Noto Sans CJK SC", sans-serif; color: #111; }
  h1 { margin: 0 0 4mm; font-size: 30pt; text-align: center; }
  .sub { margin: 0 0 8mm; font-size: 14pt; text-align: center; color: #333; }
  .grid { display: grid; grid-template-columns: repeat(3, 1fr); gap: 8mm; }
  .cell { border: 1.5mm solid #0b57d0; border-radius: 4mm; padding: 5mm; text-align: center; break-inside: avoid; }
  .code { width: 70mm; height: 70mm; margin: 0 auto; }
  .code svg { width: 100%; height: 100%; display: block; }
  .title { margin-top: 3mm; font-size: 24pt; font-weight: 700; }
  .payload { margin-top: 1mm; font-size: 10pt; letter-spacing: 0.5pt; color: #333; }
  .foot { margin-top: 8mm; font-size: 12pt; text-align: center; }
  </style></head><body>
  <h1>${escape(name)} · 一码通</h1>
  <p class="sub">微信扫一扫，直达办事指南、取号和专区服务</p>
  <div class="grid">${cells
    .map(
      (c) => `<div class="cell"><div class="code" data-payload="${c.payload}">${c.svg}</div>
      <div class="title">${escape(c.title)}</div><div class="payload">${c.payload}</div></div>`,
    )
    .join('')}</div>
  <p class="foot">官方码只指向 ${host}；扫出其他网址、要求输入验证码或转账的，都不是本平台的码。</p>
  </body></html>`
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
    const zone = await repos.qr.zone(options.zoneId)
    if (!zone) {
      const known = (await repos.qr.zones()).map((z) => z.id).join(', ')
      throw new Error(`未知的专区“${options.zoneId}”，可选：${known}`)
    }
    const zoneCode = await repos.qr.code((await repos.qr.zoneCodeId(zone.id)) ?? '')
    const rows = [...(zoneCode ? [zoneCode] : []), ...(await repos.qr.zoneCodes(zone.id))]
    const cells = rows.map((row) => {
      const payload = signPayload(key, row.kind, row.id)
      return {
        title: row.kind === 'zone' ? '专区服务一览' : row.title,
        payload,
        svg: renderSVG(qrLink(payload), { ecc: 'M', border: 2 }),
      }
    })
    mkdirSync(options.outDir, { recursive: true })
    const base = path.join(options.outDir, `qr-wall-${zone.id}`)
    const browser = await chromium.launch({
      executablePath: options.chromiumPath ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu'],
    })
    try {
      const page = await browser.newPage({ viewport: { width: 1123, height: 1587 } })
      await page.setContent(html(zone.name, cells), { waitUntil: 'load' })
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
      const wall = { zone: zone.name, pdf: `${base}.pdf`, png: `${base}.png`, codes }
      writeFileSync(`${base}.json`, `${JSON.stringify(wall, null, 2)}\n`)
      return wall
    } finally {
      await browser.close()
    }
  } finally {
    await sql.destroy()
  }
}
