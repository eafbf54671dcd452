import type { Code2Session } from '../auth/code2session'
import type { Repos } from '../db/repos'
import type { SearchIndex } from '../catalog/search'

export interface HandlerDeps {
  repos: Repos
  code2Session: Code2Session
  version: string
  /** The catalog's search index, built on first use. */
  search: () => SearchIndex
  /** HMAC key of 一码通 payloads. */
  qrKey: Buffer
}
