import * as z from 'zod/mini'
import type { EndpointDef } from './define'
import {
  Bundle,
  BundleSummary,
  Facets,
  FavoriteList,
  Guide,
  ItemPage,
  ItemQuery,
  SearchQuery,
  SearchResult,
} from '../schemas/catalog'
import { IdParams, Ok } from '../schemas/common'

/** The endpoints of 事项 catalog, 办事指南, 一件事 and favourites. */
export const catalogEndpoints = {
  'GET /api/v1/catalog/facets': {
    summary: '办事分类（场景、部门、通办范围）',
    auth: true,
    response: Facets,
  },
  'GET /api/v1/catalog/items': {
    summary: '事项列表（分页）',
    auth: true,
    query: ItemQuery,
    response: ItemPage,
  },
  'GET /api/v1/catalog/items/:id': {
    summary: '办事指南',
    auth: true,
    params: IdParams,
    response: Guide,
  },
  'GET /api/v1/catalog/search': {
    summary: '事项搜索（口语、整句、同义词，汉字、全拼、首字母，容错一个字；相关“一件事”排在前面）',
    auth: true,
    query: SearchQuery,
    response: SearchResult,
  },
  'GET /api/v1/catalog/bundles': {
    summary: '“一件事”列表',
    auth: true,
    response: z.object({ items: z.array(BundleSummary) }),
  },
  'GET /api/v1/catalog/bundles/:id': {
    summary: '“一件事”详情：合并材料与表单',
    auth: true,
    params: IdParams,
    response: Bundle,
  },
  'GET /api/v1/me/favorites': { summary: '我的收藏', auth: true, response: FavoriteList },
  'PUT /api/v1/me/favorites/:id': {
    summary: '收藏事项',
    auth: true,
    params: IdParams,
    response: Ok,
  },
  'DELETE /api/v1/me/favorites/:id': {
    summary: '取消收藏',
    auth: true,
    params: IdParams,
    response: Ok,
  },
} as const satisfies Record<string, EndpointDef>
