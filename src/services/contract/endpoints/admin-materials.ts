import type { EndpointDef } from './define'
import { IdParams } from '../schemas/common'
import {
  ConsoleMaterial,
  ConsoleMaterialList,
  ConsoleMaterialQuery,
  MaterialEdit,
} from '../schemas/admin-materials'

/** 管理后台 · 材料库: the materials the 实施清单 and guides name. Administrators only. */
export const adminMaterialsEndpoints = {
  'GET /api/v1/admin/catalog/materials': {
    summary: '管理后台：材料库（按名称搜索）',
    auth: true,
    query: ConsoleMaterialQuery,
    response: ConsoleMaterialList,
  },
  'POST /api/v1/admin/catalog/materials': {
    summary: '管理后台：新增材料（之后实施清单即可引用它的名称）',
    auth: true,
    body: MaterialEdit,
    response: ConsoleMaterial,
  },
  'POST /api/v1/admin/catalog/materials/:id': {
    summary: '管理后台：修改材料（引用它的办事指南随即更新）',
    auth: true,
    params: IdParams,
    body: MaterialEdit,
    response: ConsoleMaterial,
  },
} as const satisfies Record<string, EndpointDef>
