-- 亲情代办 grants and their audit trail
-- A grant is scoped to items and time; the grantee is bound when the code is claimed.
CREATE TABLE proxy_grants (
  id TEXT PRIMARY KEY,
  grantor_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  grantee_kind TEXT NOT NULL CHECK (grantee_kind IN ('relative', 'helper')),
  grantee_name TEXT NOT NULL,
  relation TEXT NOT NULL,
  grantee_id TEXT REFERENCES users(id) ON DELETE CASCADE,
  item_ids_json TEXT NOT NULL,
  days INTEGER NOT NULL,
  valid_until TEXT NOT NULL,
  claim_digits TEXT NOT NULL UNIQUE,
  claim_qr_id TEXT NOT NULL UNIQUE,
  code_expires_at TEXT NOT NULL,
  created_at TEXT NOT NULL,
  claimed_at TEXT,
  revoked_at TEXT
);
CREATE INDEX proxy_grants_grantor ON proxy_grants(grantor_id, created_at);
CREATE INDEX proxy_grants_grantee ON proxy_grants(grantee_id, claimed_at);
CREATE TABLE proxy_audit (
  id TEXT PRIMARY KEY,
  grant_id TEXT NOT NULL REFERENCES proxy_grants(id) ON DELETE CASCADE,
  actor_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  action TEXT NOT NULL
    CHECK (action IN ('granted', 'claimed', 'booked', 'applied', 'revoked')),
  item_id TEXT,
  target_id TEXT,
  at TEXT NOT NULL
);
CREATE INDEX proxy_audit_grant ON proxy_audit(grant_id, at);
CREATE INDEX proxy_audit_target ON proxy_audit(target_id);
