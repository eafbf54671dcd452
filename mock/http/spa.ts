import fastifyStatic from '@fastify/static'
import type { FastifyInstance } from 'fastify'
import { notFoundBody } from './errors'

/** Taro names bundles `<name>.<8 hex>.js|css`; the build compresses them to `….br` and `….gz` too. */
const HASHED = /\.[0-9a-f]{8}\.(js|css)(\.br|\.gz)?$/
const PAGE = /\.html(\.br|\.gz)?$/

function isApiPath(url: string): boolean {
  const path = url.split('?')[0] ?? ''
  return path === '/api' || path.startsWith('/api/')
}

/**
 * Unknown `/api/` routes answer a JSON 404. With `staticDir`, files of the H5 build are served
 * and any other GET gets `index.html`: the H5 router uses browser history mode.
 */
export function installStaticAndNotFound(app: FastifyInstance, staticDir?: string): void {
  if (staticDir) {
    void app.register(fastifyStatic, {
      root: staticDir,
      // The build's `.br`/`.gz` next to a file, sent as they are (config/index.ts).
      preCompressed: true,
      setHeaders: (reply, filePath) => {
        // A bundle's name carries its content hash: it never changes, so it is cached for a year.
        // The page that names the bundles must be asked for again every time.
        if (HASHED.test(filePath))
          reply.header('cache-control', 'public, max-age=31536000, immutable')
        else if (PAGE.test(filePath)) reply.header('cache-control', 'no-cache')
      },
    })
  }
  app.setNotFoundHandler((request, reply) => {
    const isRead = request.method === 'GET' || request.method === 'HEAD'
    if (staticDir && isRead && !isApiPath(request.url)) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html')
    }
    return reply.status(404).send(notFoundBody())
  })
}
