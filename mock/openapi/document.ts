import * as z from 'zod/mini'
import {
  ErrorBody,
  endpoints,
  fileEndpoints,
  splitKey,
  type EndpointDef,
  type EndpointKey,
  type FileEndpointDef,
  type FileEndpointKey,
} from '../../src/services/contract'

type JsonSchema = Record<string, unknown>

function schemaOf(schema: z.ZodMiniType, io: 'input' | 'output'): JsonSchema {
  // Rule checks (ID number, USCC) have no JSON Schema form; they are described by the messages.
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' })
  return rest
}

function parameters(schema: z.ZodMiniType | undefined, where: 'path' | 'query'): JsonSchema[] {
  if (!schema) return []
  const json = schemaOf(schema, 'input')
  const properties = (json.properties ?? {}) as Record<string, JsonSchema>
  const required = new Set((json.required ?? []) as string[])
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path' || required.has(name),
    schema: property,
  }))
}

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } },
})

const IDEMPOTENCY_HEADER = {
  name: 'Idempotency-Key',
  in: 'header',
  required: true,
  description: '同一次提交的重试使用同一个值；24小时内重复提交只执行一次',
  schema: { type: 'string', pattern: '^[A-Za-z0-9_-]{8,128}$' },
}

function operation(key: EndpointKey, def: EndpointDef): JsonSchema {
  const status = def.creates ? '201' : '200'
  const envelope = {
    type: 'object',
    properties: { data: schemaOf(def.response, 'output') },
    required: ['data'],
  }
  return {
    operationId: key,
    summary: def.summary,
    ...(def.auth && { security: [{ bearer: [] }] }),
    parameters: [
      ...parameters(def.params, 'path'),
      ...parameters(def.query, 'query'),
      ...(def.creates ? [IDEMPOTENCY_HEADER] : []),
    ],
    ...(def.body && {
      requestBody: {
        required: true,
        content: { 'application/json': { schema: schemaOf(def.body, 'input') } },
      },
    }),
    responses: {
      [status]: { description: '成功', content: { 'application/json': { schema: envelope } } },
      '400': errorResponse('请求有误（fields 给出每个字段的原因）'),
      ...(def.auth && { '401': errorResponse('未登录或登录已过期') }),
      ...(def.creates && { '422': errorResponse('Idempotency-Key 已用于不同的请求') }),
      '500': errorResponse('服务暂时不可用'),
      default: errorResponse('其他错误，如 404 未找到、409 冲突、413 内容过大、429 过于频繁'),
    },
  }
}

function fileOperation(key: FileEndpointKey, def: FileEndpointDef): JsonSchema {
  const { upload, download } = def
  const success = upload
    ? {
        '201': {
          description: '成功',
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: { data: schemaOf(upload.response, 'output') },
                required: ['data'],
              },
            },
          },
        },
      }
    : {
        '200': {
          description: '文件内容',
          content: Object.fromEntries(
            (download?.types ?? []).map((type) => [
              type,
              { schema: { type: 'string', format: 'binary' } },
            ]),
          ),
        },
        ...(download?.ranges && { '206': { description: '请求的字节范围（Range: bytes=…）' } }),
      }
  return {
    operationId: key,
    summary: def.summary,
    ...(def.auth && { security: [{ bearer: [] }] }),
    parameters: parameters(def.params, 'path'),
    ...(upload && {
      requestBody: {
        required: true,
        content: {
          'multipart/form-data': {
            schema: {
              type: 'object',
              properties: {
                [upload.field]: {
                  type: 'string',
                  format: 'binary',
                  description: `${upload.types.join('、')}，最大 ${upload.maxBytes / 1024 / 1024} MB`,
                },
              },
              required: [upload.field],
            },
          },
        },
      },
    }),
    responses: {
      ...success,
      ...(def.auth && { '401': errorResponse('未登录或登录已过期') }),
      ...(download?.ranges && { '416': errorResponse('字节范围超出文件') }),
      default: errorResponse('其他错误，如 400 没有文件、404 未找到、413 文件过大、415 类型不支持'),
    },
  }
}

/** OpenAPI 3.1, derived from the contract alone: it cannot drift from what the server does. */
export function buildOpenApi(version: string): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {}
  for (const key of Object.keys(endpoints) as EndpointKey[]) {
    const { method, path } = splitKey(key)
    const openApiPath = path.replace(/:(\w+)/g, '{$1}')
    paths[openApiPath] = {
      ...paths[openApiPath],
      [method.toLowerCase()]: operation(key, endpoints[key]),
    }
  }
  for (const key of Object.keys(fileEndpoints) as FileEndpointKey[]) {
    const { method, path } = splitKey(key)
    const openApiPath = path.replace(/:(\w+)/g, '{$1}')
    paths[openApiPath] = {
      ...paths[openApiPath],
      [method.toLowerCase()]: fileOperation(key, fileEndpoints[key]),
    }
  }
  return {
    openapi: '3.1.0',
    info: {
      title: '智慧政务服务管家 API',
      version,
      description: '包头市青山区智慧政务服务管家参考后端',
    },
    servers: [{ url: '/' }],
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: { ErrorBody: schemaOf(ErrorBody, 'output') },
    },
  }
}
