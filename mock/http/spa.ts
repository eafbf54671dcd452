import fastifyStatic from '@fastify/static'
import type { FastifyInstance } from 'fastify'
import { notFoundBody } from './errors'

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
      setHeaders: (reply, filePath) => {
        // Hashed bundles may be cached; the page that names them must not be.
        if (filePath.endsWith('.html')) reply.header('cache-control', 'no-cache')
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
