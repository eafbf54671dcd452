import type { FileEndpointKey } from './file-endpoints'

/** A file endpoint's path; apart from the definitions so the client can use it without zod. */
export function filePath(key: FileEndpointKey): string {
  return key.slice(key.indexOf(' ') + 1)
}
