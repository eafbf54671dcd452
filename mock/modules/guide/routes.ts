import type { Handlers } from '../../http/types'
import type { HandlerDeps } from '../deps'
import { ask } from './ask'
import { llmFromEnv } from './llm'

export function guideHandlers({
  repos,
  search,
}: HandlerDeps): Pick<Handlers, 'POST /api/v1/guide/ask'> {
  return {
    // The model is read from the environment per request, so turning it on or off needs no restart.
    'POST /api/v1/guide/ask': ({ body }, ctx) =>
      ask({ repos, search, llm: llmFromEnv() }, body, { userId: ctx.session.userId, now: ctx.now }),
  }
}
