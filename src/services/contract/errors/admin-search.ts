/** Error codes of the console's 搜索词库. */
export const ADMIN_SEARCH_ERRORS = ['SEARCH_LEXICON_INVALID', 'SEARCH_LEXICON_STALE'] as const
export type AdminSearchErrorCode = (typeof ADMIN_SEARCH_ERRORS)[number]
