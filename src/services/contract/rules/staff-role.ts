/** What a staff member may do; each kind is checked on every staff endpoint. */
export const STAFF_ROLE_KINDS = ['window', 'helper', 'lawyer', 'bank', 'lab', 'admin'] as const
type Kind = (typeof STAFF_ROLE_KINDS)[number]

/** Kinds that hold for one place only: a service point, a bank or a lab. */
export const SCOPED_ROLE_KINDS: readonly Kind[] = ['window', 'bank', 'lab']

export const isScopedRoleKind = (kind: Kind): boolean => SCOPED_ROLE_KINDS.includes(kind)

export const STAFF_ROLE_NAMES: Record<Kind, string> = {
  window: '窗口工作人员',
  helper: '帮办员',
  lawyer: '入驻律师',
  bank: '合作银行工作人员',
  lab: '检测机构工作人员',
  admin: '管理员',
}
