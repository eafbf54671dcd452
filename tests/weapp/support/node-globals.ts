// The real server runs inside the specs' jsdom window: give it the Node globals jsdom leaves out.
import { setImmediate, clearImmediate } from 'node:timers'
import { TextDecoder, TextEncoder } from 'node:util'

Object.assign(globalThis, { TextEncoder, TextDecoder, setImmediate, clearImmediate })
