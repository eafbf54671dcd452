import * as z from 'zod/mini'
import type { EndpointDef } from './define'
import { IdParams } from '../schemas/common'
import {
  CatalogRestored,
  CatalogSnapshotList,
  ConsoleBundle,
  ConsoleBundleEdit,
  ConsoleBundleList,
  ConsoleGuide,
  ConsoleGuideEdit,
  ConsoleItemPage,
  ConsoleItemQuery,
  ConsoleRetire,
  ImportApplied,
  ImportPreview,
} from '../schemas/admin-catalog'

/**
 * 管理后台 · 事项: the catalog, its 实施清单 import (upload and export are file endpoints in
 * file-endpoints.ts), single guides with 立改废, and 一件事 bundles. Administrators only.
 */
export const adminCatalogEndpoints = {
  'GET /api/v1/admin/catalog/items': {
    summary: '管理后台：事项列表（按名称或实施编码搜索，按状态筛选）',
    auth: true,
    query: ConsoleItemQuery,
    response: ConsoleItemPage,
  },
  'GET /api/v1/admin/catalog/items/:id': {
    summary: '管理后台：一个事项的办事指南（按实施清单各列）',
    auth: true,
    params: IdParams,
    response: ConsoleGuide,
  },
  'PUT /api/v1/admin/catalog/items/:id': {
    summary: '管理后台：修改一个办事指南（与导入实施清单同样校验）',
    auth: true,
    params: IdParams,
    body: ConsoleGuideEdit,
    response: ConsoleGuide,
  },
  'POST /api/v1/admin/catalog/items/:id/retire': {
    summary: '管理后台：废止一个事项（自生效日期起小程序不再显示）',
    auth: true,
    params: IdParams,
    body: ConsoleRetire,
    response: ConsoleGuide,
  },
  'GET /api/v1/admin/catalog/imports/:id': {
    summary: '管理后台：查看一次导入的预览（新增 / 变更 / 废止）',
    auth: true,
    params: IdParams,
    response: ImportPreview,
  },
  'POST /api/v1/admin/catalog/imports/:id/apply': {
    summary: '管理后台：按预览写入实施清单（一次事务；预览后事项有变动则需重新预览）',
    auth: true,
    params: IdParams,
    body: z.object({}),
    response: ImportApplied,
  },
  'GET /api/v1/admin/catalog/snapshots': {
    summary: '管理后台：历次导入前的版本（可恢复）',
    auth: true,
    response: CatalogSnapshotList,
  },
  'POST /api/v1/admin/catalog/snapshots/:id/restore': {
    summary: '管理后台：恢复到某次导入之前的版本',
    auth: true,
    params: IdParams,
    body: z.object({}),
    response: CatalogRestored,
  },
  'GET /api/v1/admin/catalog/bundles': {
    summary: '管理后台：“一件事”列表',
    auth: true,
    response: ConsoleBundleList,
  },
  'PUT /api/v1/admin/catalog/bundles/:id': {
    summary: '管理后台：修改一件事（名称、说明、事项及顺序、承诺时限、跑动次数）',
    auth: true,
    params: IdParams,
    body: ConsoleBundleEdit,
    response: ConsoleBundle,
  },
} as const satisfies Record<string, EndpointDef>
