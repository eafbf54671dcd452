import { existsSync } from 'node:fs'
import { join } from 'node:path'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { notFoundBody } from '../../http/errors'

/** esbuild names bundles `<name>-<8 base32>.js`; the build compresses them to `….br` and `….gz` too. */
const HASHED = /-[A-Z0-9]{8}\.(js|css)(\.br|\.gz)?$/

/**
 * The 管理后台 build at `/admin`: hashed bundles cached for a year, and `index.html` (never
 * cached) for `/admin` and every console path, the console routing in the browser.
 */
export function installConsoleStatic(app: FastifyInstance, dir: string | undefined): void {
  if (!dir || !existsSync(join(dir, 'index.html'))) return
  void app.register(async (scope) => {
    await scope.register(fastifyStatic, {
      root: dir,
      prefix: '/admin/',
      wildcard: false,
      index: false,
      decorateReply: true,
      // The build's `.br`/`.gz` next to a file, sent as they are (admin/build.ts).
      preCompressed: true,
      setHeaders: (reply, filePath) => {
        if (HASHED.test(filePath))
          reply.header('cache-control', 'public, max-age=31536000, immutable')
        else reply.header('cache-control', 'no-cache')
      },
    })
    const page = (request: FastifyRequest, reply: FastifyReply) =>
      // A bundle of an older build is gone, not a page: 404, never the HTML in its place.
      request.url.startsWith('/admin/assets/')
        ? reply.status(404).send(notFoundBody())
        : reply.header('cache-control', 'no-cache').sendFile('index.html', dir)
    scope.get('/admin', page)
    scope.get('/admin/*', page)
  })
}
