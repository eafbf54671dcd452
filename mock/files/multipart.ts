export interface FilePart {
  filename: string
  data: Buffer
}

const CRLF2 = Buffer.from('\r\n\r\n')

function boundaryOf(contentType: string): string | null {
  const match = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType)
  return match?.[1] ?? match?.[2] ?? null
}

function filenameOf(headers: string): string | null {
  const match = /filename="([^"]*)"/i.exec(headers)
  return match ? (match[1] ?? '') : null
}

/**
 * The first file part named `field` of a buffered multipart/form-data body (RFC 7578), or null.
 * One file per request is all an upload needs; WeChat's uploadFile sends exactly that.
 */
export function filePart(body: Buffer, contentType: string, field: string): FilePart | null {
  const boundary = boundaryOf(contentType)
  if (!boundary) return null
  const delimiter = Buffer.from(`--${boundary}`)
  let at = body.indexOf(delimiter)
  while (at !== -1) {
    const headerStart = at + delimiter.length + 2
    const headerEnd = body.indexOf(CRLF2, headerStart)
    if (headerEnd === -1) return null
    const next = body.indexOf(Buffer.from(`\r\n--${boundary}`), headerEnd)
    if (next === -1) return null
    const headers = body.toString('utf8', headerStart, headerEnd)
    const filename = filenameOf(headers)
    // \b keeps `filename="…"` from passing for the field name
    const name = /\bname="([^"]*)"/i.exec(headers)?.[1]
    if (name === field && filename !== null) {
      return { filename, data: body.subarray(headerEnd + CRLF2.length, next) }
    }
    at = next + 2
  }
  return null
}
