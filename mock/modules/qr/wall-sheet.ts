import { qrLink, QR_LINK_BASE } from '../../../src/services/contract'
import type { Repos } from '../repositories'
import { qrSvg as drawQr } from './qr-svg'
import { signPayload } from './sign'
import { boundedMemo } from '../bounded-memo'

export interface WallCell {
  title: string
  payload: string
  svg: string
}
export interface WallSheet {
  zone: string
  html: string
  cells: WallCell[]
}

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  )

function html(name: string, cells: readonly WallCell[]) {
  const host = new URL(QR_LINK_BASE).host
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
  <title>${escape(name)} · 一码通码墙</title><style>
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

// Drawing a QR code costs milliseconds and depends on its link alone (a pure function, not data
// that a write could change): each link is drawn once, then read from here.
const svgByLink = boundedMemo<string>(5_000)

const qrSvg = (link: string): string => svgByLink(link, () => drawQr(link))

// The page is a pure function of the zone's name and cells, which are read afresh every time: kept
// per those, so a renamed zone or a changed code makes a new page at once.
const htmlByContent = boundedMemo<string>(200)

const sheetHtml = (name: string, cells: readonly WallCell[]): string =>
  htmlByContent([name, ...cells.map((c) => `${c.title}\t${c.payload}`)].join('\n'), () =>
    html(name, cells),
  )

/**
 * A zone's 一码通 matrix wall as one A3 HTML page: the zone's own code first, then every code in
 * force in wall order (revoked ones are left off). `npm run qr:wall` prints it to PDF and PNG; the
 * console opens it to print. Null for an unknown zone.
 */
export async function wallSheet(
  repos: Repos,
  key: Buffer,
  zoneId: string,
): Promise<WallSheet | null> {
  const zone = await repos.qr.zone(zoneId)
  if (!zone) return null
  const zoneCode = await repos.qr.code((await repos.qr.zoneCodeId(zone.id)) ?? '')
  const rows = [...(zoneCode ? [zoneCode] : []), ...(await repos.qr.zoneCodes(zone.id))]
  const cells = rows.map((row) => {
    const payload = signPayload(key, row.kind, row.id)
    return {
      title: row.kind === 'zone' ? '专区服务一览' : row.title,
      payload,
      svg: qrSvg(qrLink(payload)),
    }
  })
  return { zone: zone.name, html: sheetHtml(zone.name, cells), cells }
}
