import { helperContact } from './helper-contact'
import type { Handlers } from '../../http/types'
import type { HandlerDeps } from '../deps'

export function helperContactHandlers({
  repos,
}: HandlerDeps): Pick<Handlers, 'GET /api/v1/helper-contact'> {
  return {
    'GET /api/v1/helper-contact': (_input, ctx) => helperContact(repos, ctx.session.userId),
  }
}
