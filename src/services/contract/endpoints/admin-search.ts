import type { EndpointDef } from './define'
import { ConsoleLexicon, LexiconSave, LexiconTried, LexiconTry } from '../schemas/admin-search'

/**
 * 管理后台 · 搜索词库: the 政务 lexicon residents are understood through (同义说法, 事项别名,
 * 一件事说法), edited without a developer. Administrators only.
 */
export const adminSearchEndpoints = {
  'GET /api/v1/admin/search-lexicon': {
    summary: '管理后台：搜索词库（同义说法、事项别名、一件事说法）',
    auth: true,
    response: ConsoleLexicon,
  },
  'POST /api/v1/admin/search-lexicon': {
    summary: '管理后台：保存搜索词库（保存后小程序搜索立即按新词库理解）',
    auth: true,
    body: LexiconSave,
    response: ConsoleLexicon,
  },
  'POST /api/v1/admin/search-lexicon/try': {
    summary: '管理后台：试一试——用未保存的词库搜索，与当前结果对照（不影响线上搜索）',
    auth: true,
    body: LexiconTry,
    response: LexiconTried,
  },
} as const satisfies Record<string, EndpointDef>
