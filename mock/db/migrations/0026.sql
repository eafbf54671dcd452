-- 管理后台: QR sign-in requests, console sessions, staff invites, one audit log for every console change
-- A sign-in request shown as a QR code in the console: an administrator scans it in the mini
-- program and confirms; the browser that asked (it alone knows poll_hash) then gets a session.
CREATE TABLE console_sign_ins (
  id TEXT PRIMARY KEY,
  qr_id TEXT NOT NULL UNIQUE,
  poll_hash TEXT NOT NULL,
  user_agent TEXT NOT NULL,
  ip TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('pending', 'scanned', 'confirmed', 'refused', 'used')),
  admin_id TEXT REFERENCES users(id) ON DELETE CASCADE,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  decided_at TEXT
);
CREATE INDEX console_sign_ins_expires ON console_sign_ins(expires_at);

-- Only the sha256 of the httpOnly cookie is kept; a session ends when idle past expires_at.
CREATE TABLE console_sessions (
  id TEXT PRIMARY KEY,
  token_hash TEXT NOT NULL UNIQUE,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  user_agent TEXT NOT NULL,
  ip TEXT NOT NULL,
  created_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  ended_at TEXT,
  ended_by TEXT REFERENCES users(id) ON DELETE SET NULL
);
CREATE INDEX console_sessions_user ON console_sessions(user_id);

-- A one-time code an administrator hands to a future staff member (8 digits, or its QR code):
-- claiming it puts the claimer on the staff list under this name; roles are granted after.
CREATE TABLE staff_invites (
  id TEXT PRIMARY KEY,
  digits TEXT NOT NULL UNIQUE,
  qr_id TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  note TEXT NOT NULL,
  created_by TEXT REFERENCES users(id) ON DELETE SET NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  claimed_by TEXT REFERENCES users(id) ON DELETE SET NULL,
  claimed_at TEXT,
  revoked_at TEXT
);

-- Every console change: who, when, what, before and after. Role grants and revocations move
-- here from role_audit, so the log is one table.
CREATE TABLE admin_audit (
  id TEXT PRIMARY KEY,
  actor_id TEXT REFERENCES users(id) ON DELETE SET NULL,
  action TEXT NOT NULL,
  target_kind TEXT NOT NULL,
  target_id TEXT NOT NULL,
  summary TEXT NOT NULL,
  before_json TEXT,
  after_json TEXT,
  at TEXT NOT NULL
);
CREATE INDEX admin_audit_at ON admin_audit(at);
CREATE INDEX admin_audit_target ON admin_audit(target_kind, target_id);
INSERT INTO admin_audit (id, actor_id, action, target_kind, target_id, summary, before_json, after_json, at)
  SELECT id, actor_id, 'role.' || action, 'role_grant', grant_id,
    CASE action WHEN 'granted' THEN '授予角色' ELSE '撤销角色' END, before_json, after_json, at
  FROM role_audit;
DROP TABLE role_audit;
