// What a test does with a rendered page: read its text, find nodes, tap and type like a user.
import { textOf, waitFor, type SimComponent, type SimRoot } from './simulate'

export interface OpenPage {
  root: SimRoot
  /** The page's text as the user reads it. */
  text(): string
  waitForText(...texts: string[]): Promise<void>
  /** The node with this class (Taro's className); throws if the page has none. */
  byClass(className: string): SimComponent
  /** The innermost node showing exactly `text` (or containing it, if none shows it exactly). */
  byText(text: string): SimComponent
  /** Taps what shows `text`; the tap bubbles to the handler as on a phone. */
  tap(text: string): Promise<void>
  /** Types into an input (by class or node): fires `input` with `detail.value`, as WeChat does. */
  type(input: string | SimComponent, value: string): Promise<void>
  close(): void
}

const norm = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim()
const later = (schedule: (fn: () => void) => void) => new Promise<void>((r) => schedule(r))
/** React renders on a setImmediate task and Taro flushes setData on a timer: let both run. */
const nextTask = async () => {
  await later((fn) => setTimeout(fn, 0))
  await later(setImmediate)
  await later((fn) => setTimeout(fn, 0))
}

function innermost(elements: Element[]): Element | undefined {
  return elements.find((el) => !elements.some((other) => other !== el && el.contains(other)))
}

export function openPage(root: SimRoot, host: HTMLElement): OpenPage {
  const byText = (text: string): SimComponent => {
    const all = Array.from(host.querySelectorAll('*'))
    const el =
      innermost(all.filter((e) => norm(e) === text)) ??
      innermost(all.filter((e) => norm(e).includes(text)))
    if (!el) throw new Error(`no node shows "${text}"; the page reads: ${textOf(root)}`)
    const sid = el.closest('[data-sid]')?.getAttribute('data-sid')
    const node = sid ? root.querySelector(`#${sid}`) : undefined
    if (!node) throw new Error(`"${text}" is not inside a Taro node reachable from the page root`)
    return node
  }
  const byClass = (className: string): SimComponent => {
    const node = root.querySelector(`.${className}`)
    if (!node) throw new Error(`no .${className} on the page; it reads: ${textOf(root)}`)
    return node
  }
  return {
    root,
    text: () => textOf(root),
    async waitForText(...texts) {
      await waitFor(() => {
        for (const t of texts) expect(textOf(root)).toContain(t)
      })
    },
    byClass,
    byText,
    async tap(text) {
      byText(text).dispatchEvent('tap')
      await nextTask()
    },
    async type(input, value) {
      const node = typeof input === 'string' ? byClass(input) : input
      node.dispatchEvent('input', { detail: { value, cursor: value.length, keyCode: 0 } })
      await nextTask()
    },
    close() {
      root.detach()
      host.remove()
    },
  }
}
