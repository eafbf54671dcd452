import { loadTransport } from '../../../../src/services/http/load-transport.h5'

test('H5 hands out the request layer a task after evaluating it, then the same module to every call', async () => {
  let settled = false
  const first = loadTransport().then((module) => {
    settled = true
    return module
  })
  // The import and its evaluation finish in microtasks; the first request waits for the next task.
  for (let i = 0; i < 20; i += 1) await Promise.resolve()
  expect(settled).toBe(false)
  const transport = await first
  expect(typeof transport.send).toBe('function')
  expect(await loadTransport()).toBe(transport)
})
