import '@testing-library/jest-dom'
import { configure } from '@testing-library/react'

// A feature's endpoints and schemas load on its first call (lazyCallerFor): the first screen of a
// suite waits for babel to transform them, which on a loaded CI machine outlasts the default 1 s.
configure({ asyncUtilTimeout: 5000 })

// Taro's H5 <Input> is a Stencil web component whose inner <input> is never rendered in jsdom;
// its value watcher then throws inside Stencil. Only that known jsdom artefact is silenced.
const originalError = console.error
beforeAll(() => {
  jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    const first = args[0]
    if (first instanceof Error && /taro-input-core/.test(first.stack ?? '')) return
    originalError(...args)
  })
})
