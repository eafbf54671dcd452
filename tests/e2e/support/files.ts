import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { documentPixels, encodePng } from '../../support/document-image'

/**
 * A sharp photographed page of print (grey PNG): passes the server's blur check. `variant`
 * changes the print, so two pages never share a hash.
 */
export const pagePng = (width: number, height: number, variant = 0): Buffer =>
  encodePng(documentPixels(width, height, variant))

/** A committed fixture: the same kind of page photographed out of focus (Gaussian σ 3). */
export const blurredPageJpeg = (): Buffer =>
  readFileSync(join(__dirname, '..', '..', 'fixtures', 'page-blur-3.jpg'))

export const onePagePdf = (title: string) =>
  Buffer.from(
    `%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${title}\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
  )
