-- staff role grants with scope, and their audit trail
-- The single source of authorisation for staff work. lawyers and case_helpers stay as the
-- staff member's profile (name, firm, desk); they no longer grant anything by themselves.
CREATE TABLE role_grants (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('window', 'helper', 'lawyer', 'bank', 'lab', 'admin')),
  -- a service point, a bank or a lab id, by kind; no scope for the others
  scope_id TEXT,
  granted_by TEXT REFERENCES users(id) ON DELETE SET NULL,
  granted_at TEXT NOT NULL,
  revoked_at TEXT,
  revoked_by TEXT REFERENCES users(id) ON DELETE SET NULL,
  CHECK ((kind IN ('window', 'bank', 'lab')) = (scope_id IS NOT NULL))
);
CREATE UNIQUE INDEX role_grants_live ON role_grants(user_id, kind, IFNULL(scope_id, ''))
  WHERE revoked_at IS NULL;
CREATE INDEX role_grants_scope ON role_grants(kind, scope_id);
-- actor_id NULL: the seed or this migration. before/after: the grant as JSON, NULL when absent.
CREATE TABLE role_audit (
  id TEXT PRIMARY KEY,
  grant_id TEXT NOT NULL REFERENCES role_grants(id) ON DELETE CASCADE,
  actor_id TEXT REFERENCES users(id) ON DELETE SET NULL,
  action TEXT NOT NULL CHECK (action IN ('granted', 'revoked')),
  before_json TEXT,
  after_json TEXT,
  at TEXT NOT NULL
);
CREATE INDEX role_audit_at ON role_audit(at);
CREATE INDEX role_audit_grant ON role_audit(grant_id);

CREATE TEMP TABLE migrated_grants (user_id TEXT, kind TEXT, scope_id TEXT);
INSERT INTO migrated_grants
  SELECT user_id, 'lawyer', NULL FROM lawyers
  UNION SELECT user_id, 'helper', NULL FROM case_helpers WHERE active = 1
  UNION SELECT user_id, 'bank', bank_id FROM bank_staff
  UNION SELECT user_id, 'lab', lab_id FROM lab_staff
  -- Staff with no other desk could only check bookings in: the seeded 综合窗口 of the centre.
  UNION SELECT id, 'window', 'sp-qs-center' FROM users WHERE role = 'staff'
    AND id NOT IN (SELECT user_id FROM lawyers UNION SELECT user_id FROM case_helpers
      UNION SELECT user_id FROM bank_staff UNION SELECT user_id FROM lab_staff);
INSERT INTO role_grants (id, user_id, kind, scope_id, granted_at)
  SELECT lower(hex(randomblob(16))), user_id, kind, scope_id,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM migrated_grants;
INSERT INTO role_audit (id, grant_id, action, after_json, at)
  SELECT lower(hex(randomblob(16))), id, 'granted',
    json_object('userId', user_id, 'kind', kind, 'scopeId', scope_id, 'revokedAt', NULL),
    granted_at
  FROM role_grants;
DROP TABLE migrated_grants;
-- These held nothing but the scope, which the grant now holds: one source, not two.
DROP TABLE bank_staff;
DROP TABLE lab_staff;
ALTER TABLE users DROP COLUMN role;
