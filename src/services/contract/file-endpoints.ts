import * as z from 'zod/mini'
import { MAX_UPLOAD_BYTES, UPLOAD_KINDS } from './rules/case-check'
import { Upload } from './schemas/cases'
import { ImportPreview } from './schemas/admin-catalog'

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
/** Mirrors mock/modules/catalog/console/sheet.ts MAX_SHEET_BYTES. */
export const MAX_CATALOG_SHEET_BYTES = 8 * 1024 * 1024

/** Endpoints whose request or answer is a file, so outside the JSON envelope of `endpoints`. */
export interface FileEndpointDef {
  summary: string
  auth: boolean
  params?: z.ZodMiniObject
  /** multipart/form-data carrying one file in `field`; answered with `response` in the envelope. */
  upload?: { field: string; maxBytes: number; types: readonly string[]; response: z.ZodMiniType }
  /** Answered with the file itself; `ranges` when `Range: bytes=` is honoured (206). */
  download?: { types: readonly string[]; ranges: boolean }
}

export const fileEndpoints = {
  'POST /api/v1/uploads': {
    summary: '上传一份材料（照片或PDF，最大10MB）',
    auth: true,
    upload: { field: 'file', maxBytes: MAX_UPLOAD_BYTES, types: UPLOAD_KINDS, response: Upload },
  },
  'GET /api/v1/uploads/:id': {
    summary: '查看一份上传的材料（上传人本人，或办理该案件的帮办员）',
    auth: true,
    params: z.object({ id: z.string() }),
    download: { types: UPLOAD_KINDS, ranges: false },
  },
  'GET /api/v1/media/files/:name': {
    summary: '视频讲解的视频与封面（播放器按字节范围读取）',
    auth: false,
    params: z.object({ name: z.string() }),
    download: { types: ['video/mp4', 'image/jpeg'], ranges: true },
  },
  'POST /api/v1/admin/catalog/imports': {
    summary: '管理后台：上传实施清单（.xlsx 或 .csv），返回预览，不写入',
    auth: true,
    upload: {
      field: 'file',
      maxBytes: MAX_CATALOG_SHEET_BYTES,
      types: [XLSX, 'text/csv'],
      response: ImportPreview,
    },
  },
  'GET /api/v1/admin/catalog/export': {
    summary: '管理后台：导出当前实施清单（.xlsx，可修改后再导入）',
    auth: true,
    download: { types: [XLSX], ranges: false },
  },
} as const satisfies Record<string, FileEndpointDef>

export type FileEndpointKey = keyof typeof fileEndpoints
export { filePath } from './file-paths'
