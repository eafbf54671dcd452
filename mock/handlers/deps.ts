import type { Code2Session } from '../auth/code2session'
import type { Repos } from '../db/repos'
import type { RateLimiter } from '../http/rate-limit'

export interface HandlerDeps {
  repos: Repos
  code2Session: Code2Session
  loginLimiter: RateLimiter
  version: string
}
