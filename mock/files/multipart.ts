import fastifyMultipart, { type FastifyMultipartOptions } from '@fastify/multipart'
import type { FastifyInstance } from 'fastify'
import { type ApiError, toApiError } from '../http/errors'

/** How a scope says @fastify/multipart's refusals to its users. */
export interface MultipartRefusals {
  tooLarge: () => ApiError
  /** More files, parts or fields than the scope's limits allow. */
  tooMany: () => ApiError
  noFile: () => ApiError
}

const codeOf = (error: unknown): string => {
  const code = error instanceof Error ? (error as { code?: unknown }).code : undefined
  return typeof code === 'string' ? code : ''
}

/**
 * Registers multipart parsing on a file scope with its limits (the plugin stops reading at them
 * instead of buffering whatever arrives) and answers every refusal in the contract's words.
 */
export async function registerMultipart(
  scope: FastifyInstance,
  limits: NonNullable<FastifyMultipartOptions['limits']>,
  refusals: MultipartRefusals,
  failure: string,
): Promise<void> {
  const said: Record<string, () => ApiError> = {
    FST_REQ_FILE_TOO_LARGE: refusals.tooLarge,
    FST_ERR_CTP_BODY_TOO_LARGE: refusals.tooLarge,
    FST_FILES_LIMIT: refusals.tooMany,
    FST_PARTS_LIMIT: refusals.tooMany,
    FST_FIELDS_LIMIT: refusals.tooMany,
    FST_INVALID_MULTIPART_CONTENT_TYPE: refusals.noFile,
    FST_NO_FORM_DATA: refusals.noFile,
  }
  await scope.register(fastifyMultipart, { limits })
  scope.setErrorHandler((error, request, reply) => {
    const apiError = said[codeOf(error)]?.() ?? toApiError(error)
    if (apiError.statusCode >= 500) request.log.error({ err: error }, failure)
    return reply.status(apiError.statusCode).send(apiError.toBody())
  })
}
