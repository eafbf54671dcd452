import type { Code2Session } from '../auth/code2session'
import type { Sql } from '../db/engine'
import type { Repos } from './repositories'
import type { SearchIndex } from './catalog/search'
import type { VerificationService } from './account/identity/verification'
import type { Notify } from './messages/notify'
import type { MessageTemplates } from './messages/templates'

export interface HandlerDeps {
  repos: Repos
  /** For `inTransaction` around what must be all-or-nothing. */
  sql: Sql
  code2Session: Code2Session
  version: string
  /** The catalog's search index: one build, started at listen or by the first search. */
  search: () => Promise<SearchIndex>
  /** HMAC key of 一码通 payloads. */
  qrKey: Buffer
  /** 实名核验 with the configured verifier (dev SMS or WeChat 人脸核身). */
  verification: VerificationService
  /** The development verifier writes its "SMS" to an outbox the owner can read. */
  devOutbox: boolean
  /** Tells a user of an event (inbox + WeChat) after the action commits; never throws. */
  notify: Notify
  /** The WeChat subscription templates configured (ids, long-term or one-time). */
  messageTemplates: MessageTemplates
}
