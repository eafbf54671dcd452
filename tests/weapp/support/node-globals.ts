// The real server runs inside the specs' jsdom window: give it the Node globals jsdom leaves out,
// and Node's timers (the upload scorer's worker pool unrefs its idle timer; jsdom's timers are
// plain numbers).
import { clearImmediate, clearTimeout, setImmediate, setTimeout } from 'node:timers'
import { TextDecoder, TextEncoder } from 'node:util'

Object.assign(globalThis, {
  TextEncoder,
  TextDecoder,
  setImmediate,
  clearImmediate,
  setTimeout,
  clearTimeout,
})

// jsdom's AbortSignal has no `timeout` (the upload scorer's deadline).
if (typeof AbortSignal.timeout !== 'function') {
  AbortSignal.timeout = (ms: number) => {
    const controller = new AbortController()
    setTimeout(() => controller.abort(new DOMException('timed out', 'TimeoutError')), ms).unref()
    return controller.signal
  }
}
