import type { FastifyInstance } from 'fastify'

/**
 * JSON only. An empty body is allowed (WeChat's request sends `Content-Type: application/json`
 * even for a POST without data, e.g. logout); prototype poisoning is refused.
 */
export function installJsonBody(app: FastifyInstance): void {
  app.removeAllContentTypeParsers()
  const parseJson = app.getDefaultJsonParser('error', 'error')
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8')
    if (text.trim() === '') {
      done(null, undefined)
      return
    }
    return parseJson(request, text, done)
  })
}
