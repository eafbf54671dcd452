import { authed, logCapture, login, makeIdNumber, testApp } from './helpers'

describe('logs', () => {
  it('never contain an ID number or a mobile number whole', async () => {
    const logs = logCapture()
    const { app } = testApp({ logStream: logs.stream })
    const token = await login(app)
    const idNumber = makeIdNumber()
    const realName = await app.inject(
      authed(token, {
        method: 'PUT',
        url: '/api/v1/me/real-name',
        payload: { name: '张三', idNumber },
      }),
    )
    expect(realName.statusCode).toBe(200)
    await app.inject(authed(token, { method: 'GET', url: `/api/v1/service-points?q=${idNumber}` }))
    await app.inject(authed(token, { method: 'GET', url: '/api/v1/service-points?q=13812345678' }))
    await app.inject({ method: 'GET', url: `/api/v1/unknown/${idNumber}` })
    await app.close()

    const text = logs.text()
    expect(text).toContain('/api/v1/me/real-name')
    expect(text).toContain('1502**********')
    expect(text).toContain('138****5678')
    expect(text).not.toContain(idNumber)
    expect(text).not.toContain('13812345678')
    expect(text).not.toContain(token)
    expect(text).not.toContain('张三')
  })
})
