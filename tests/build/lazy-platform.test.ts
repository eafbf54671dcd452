/* eslint-disable @typescript-eslint/no-require-imports -- the modules under test are CommonJS */
// The H5 build's `platform` (config/h5/lazy-platform.js): the same answers as the package,
// computed on the first read of a field instead of when the app starts.
type Platform = Record<string, unknown> & { os?: { family?: string } }

test('every field of platform reads the same through the lazy module', () => {
  const platform = require('platform/platform.js') as Platform
  const lazy = require('../../config/h5/lazy-platform.js') as Platform
  expect(Object.keys(lazy).sort()).toEqual(Object.keys(platform).sort())
  for (const key of Object.keys(platform))
    expect({ key, value: String(lazy[key]) }).toEqual({ key, value: String(platform[key]) })
  expect(lazy.os?.family).toBe(platform.os?.family)
  expect(String(lazy)).toBe(String(platform))
})

test('platform.js runs on the first read of a field, not when the module loads', () => {
  let loads = 0
  jest.isolateModules(() => {
    jest.doMock('platform/platform.js', () => {
      loads += 1
      return { name: 'Chrome' }
    })
    const lazy = require('../../config/h5/lazy-platform.js') as Platform
    expect(loads).toBe(0)
    expect(lazy.name).toBe('Chrome')
    expect(lazy.name).toBe('Chrome')
    expect(loads).toBe(1)
  })
})
