// The yardstick of the HTTP benches: a bare Fastify answering one JSON route, started as the
// compiled server is (`node <file>`), so both pay the same process start.
const Fastify = require('fastify')

const app = Fastify()
app.get('/api/v1/health', async () => ({ hello: 'world' }))
app.listen({ port: Number(process.env.PORT), host: process.env.HOST ?? '127.0.0.1' })
