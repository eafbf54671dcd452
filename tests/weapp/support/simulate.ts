// miniprogram-simulate's own typings need miniprogram-api-typings (not installed): this is the
// part of its API (and of j-component's) the suite uses, typed locally.
import * as simulateModule from 'miniprogram-simulate'

/** The event a component listener receives (exparser event). */
export interface SimEvent {
  type: string
  detail: unknown
}

export interface SimComponent {
  readonly dom: HTMLElement | undefined
  readonly data: Record<string, unknown>
  readonly instance: Record<string, unknown>
  dispatchEvent(eventName: string, options?: { detail?: unknown }): void
  addEventListener(eventName: string, handler: (event: SimEvent) => void): void
  querySelector(selector: string): SimComponent | undefined
  querySelectorAll(selector: string): SimComponent[]
  triggerPageLifeTime(lifetime: 'show' | 'hide', ...args: unknown[]): void
  /** The rendered tree, with each node's WXML attributes. */
  toJSON(): { tagName: string; attrs: { name: string; value: unknown }[] }
}

export interface SimRoot extends SimComponent {
  attach(parent: Node): void
  detach(): void
}

export interface LoadOptions {
  rootPath?: string
  compiler?: 'official' | 'simulate'
  /** Overrides entries of every loaded component's usingComponents (a value may be a registered id). */
  usingComponents?: Record<string, string>
}

interface Simulate {
  load(componentPath: string, options?: LoadOptions): string
  load(componentPath: string, tagName: string, options?: LoadOptions): string
  render(id: string, properties?: Record<string, unknown>): SimRoot
}

export const simulate = simulateModule as unknown as Simulate

/** Polls `check` (an assertion or a predicate) until it passes; rethrows its last failure on timeout. */
export async function waitFor<T>(check: () => T, timeoutMs = 3000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      const result = check()
      if (result !== false) return result
      if (Date.now() > deadline)
        throw new Error(`waitFor: condition still false after ${timeoutMs} ms`)
    } catch (error) {
      if (Date.now() > deadline) throw error
    }
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

/** Text as the user reads it: whitespace collapsed. */
export function textOf(component: SimComponent): string {
  return (component.dom?.textContent ?? '').replace(/\s+/g, ' ').trim()
}

/** A WXML attribute as rendered on the node (e.g. an input's placeholder). */
export function attrOf(component: SimComponent, name: string): unknown {
  return component.toJSON().attrs.find((attr) => attr.name === name)?.value
}

/** A header of a recorded request, whatever its case. */
export function headerValue(header: Record<string, string>, name: string): string | undefined {
  return Object.entries(header).find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1]
}
