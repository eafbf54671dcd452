import { batchedLines } from '../../mock/http/logging'
import { authed, logCapture, login, outboxCode, PEOPLE, testApp } from './helpers'

describe('logs', () => {
  it('never contain an ID number, a mobile number or a verification code whole', async () => {
    const logs = logCapture()
    const { app } = testApp({ logStream: logs.stream })
    const token = await login(app)
    const { idNumber } = PEOPLE.zhang
    const started = await app.inject(
      authed(token, {
        method: 'POST',
        url: '/api/v1/me/identity/verifications',
        payload: PEOPLE.zhang,
      }),
    )
    expect(started.statusCode).toBe(200)
    const { id } = (JSON.parse(started.body) as { data: { id: string } }).data
    const code = await outboxCode(app, token)
    const confirmed = await app.inject(
      authed(token, {
        method: 'POST',
        url: `/api/v1/me/identity/verifications/${id}/confirm`,
        payload: { code },
      }),
    )
    expect(confirmed.statusCode).toBe(200)
    await app.inject(authed(token, { method: 'GET', url: `/api/v1/service-points?q=${idNumber}` }))
    await app.inject(authed(token, { method: 'GET', url: '/api/v1/service-points?q=13812345678' }))
    await app.inject({ method: 'GET', url: `/api/v1/unknown/${idNumber}` })
    await app.close()

    const text = logs.text()
    expect(text).toContain('/api/v1/me/identity/verifications')
    expect(text).toContain('1502**********')
    expect(text).toContain('138****5678')
    expect(text).not.toContain(idNumber)
    expect(text).not.toContain('13812345678')
    // The phone on file the code went to.
    expect(text).not.toContain('13847210004')
    expect(text).not.toContain(`验证码为${code}`)
    expect(text).not.toContain(`"${code}"`)
    expect(text).not.toContain(token)
    expect(text).not.toContain('张三')
  })

  it('write one line per request: its id, method, redacted URL, status and time', async () => {
    const logs = logCapture()
    const { app } = testApp({ logStream: logs.stream })
    await app.inject({ method: 'GET', url: '/api/v1/health' })
    await app.inject({ method: 'GET', url: '/api/v1/unknown/13812345678' })
    await app.close()

    const lines = logs
      .text()
      .split('\n')
      .filter((line) => line.includes('"reqId"'))
      .map((line) => JSON.parse(line) as Record<string, unknown>)
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatchObject({
      msg: 'request completed',
      method: 'GET',
      url: '/api/v1/health',
      statusCode: 200,
      responseTime: expect.any(Number),
    })
    expect(lines[1]).toMatchObject({ url: '/api/v1/unknown/138****5678', statusCode: 404 })
    expect(lines[0]?.reqId).not.toBe(lines[1]?.reqId)
  })

  it('go out together: one write per batch, when it is full or has waited long enough', async () => {
    const writes: string[] = []
    const stream = batchedLines(
      { write: (chunk: string) => writes.push(chunk) },
      { maxDelayMs: 20, maxChars: 6 },
    )
    stream.write('a\n')
    stream.write('b\n')
    expect(writes).toEqual([])
    stream.write('c\n')
    expect(writes).toEqual(['a\nb\nc\n'])
    stream.write('d\n')
    await new Promise((resolve) => setTimeout(resolve, 5))
    expect(writes).toHaveLength(1)
    await new Promise((resolve) => setTimeout(resolve, 40))
    expect(writes).toEqual(['a\nb\nc\n', 'd\n'])
  })
})
