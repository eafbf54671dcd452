import type { FastifyInstance } from 'fastify'
import type { InboxMessage, MessagePage } from '../../../src/services/contract'
import { call } from '../appointment/support'

export { call }

export const inbox = async (app: FastifyInstance, token: string, cursor?: string) =>
  (
    await call<MessagePage>(
      app,
      token,
      'GET',
      `/api/v1/messages${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''}`,
    )
  ).data

/** The messages of one kind in a user's inbox (first page). */
export const ofKind = async (app: FastifyInstance, token: string, kind: InboxMessage['kind']) =>
  (await inbox(app, token)).items.filter((m) => m.kind === kind)
