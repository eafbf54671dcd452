import '@testing-library/jest-dom'

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
