import type { FileEndpointKey } from '../file-endpoints'
import type { EndpointKey } from './index'

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

export function splitKey(key: EndpointKey | FileEndpointKey): { method: Method; path: string } {
  const [method, path] = key.split(' ') as [Method, string]
  return { method, path }
}

/** Fills `:name` segments, encoding each value. */
export function fillPath(path: string, params: Record<string, string> | undefined): string {
  return path.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(params?.[name] ?? ''))
}
