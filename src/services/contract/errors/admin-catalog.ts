/** Error codes of the console's 事项 (实施清单 import, guides, 一件事) and of a 废止 guide in the app. */
export const ADMIN_CATALOG_ERRORS = [
  'CATALOG_BUNDLE_INVALID',
  'CATALOG_CODE_CHANGED',
  'CATALOG_ITEM_RETIRED',
  'CATALOG_MATERIAL_NAME_TAKEN',
  'CATALOG_NOTHING_TO_APPLY',
  'CATALOG_PREVIEW_APPLIED',
  'CATALOG_PREVIEW_STALE',
  'CATALOG_RESTORE_BLOCKED',
  'CATALOG_ROWS_INVALID',
  'CATALOG_SHEET_INVALID',
  'CATALOG_SNAPSHOT_RESTORED',
] as const
export type AdminCatalogErrorCode = (typeof ADMIN_CATALOG_ERRORS)[number]
