/** Every platform wrapper answers with this instead of throwing. */
export type PlatformFailure = 'unsupported' | 'cancelled' | 'denied' | 'failed'
export type PlatformResult<T> =
  ({ ok: true } & T) | { ok: false; reason: PlatformFailure; message: string }

const MESSAGES: Record<PlatformFailure, string> = {
  unsupported: '当前环境不支持此功能',
  cancelled: '已取消',
  denied: '未获得授权，请在设置中允许后重试',
  failed: '操作失败，请稍后重试',
}

export function failure(reason: PlatformFailure, message = MESSAGES[reason]) {
  return { ok: false as const, reason, message }
}

/** Maps a WeChat errMsg ("scanCode:fail cancel", "getLocation:fail auth deny") to our reasons. */
export function failureFromError(error: unknown) {
  const errMsg =
    typeof error === 'object' && error !== null && 'errMsg' in error
      ? String((error as { errMsg: unknown }).errMsg)
      : String(error)
  if (/cancel/i.test(errMsg)) return failure('cancelled')
  if (/auth den|authorize|permission|privacy/i.test(errMsg)) return failure('denied')
  if (/not support|is not a function|undefined/i.test(errMsg)) return failure('unsupported')
  return failure('failed')
}

/**
 * In an H5 production build an unsupported Taro API "succeeds" with only `{ errMsg }`:
 * a result counts only if it carries the field we need.
 */
export function hasField<K extends string>(value: unknown, key: K): value is Record<K, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    key in value &&
    (value as Record<K, unknown>)[key] !== undefined
  )
}
