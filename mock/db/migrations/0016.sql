-- proven identities: 人口库, verifications, 市场主体 register, 经办人 grants, stored credit grades
-- The district's 人口库 as the reference backend knows it (fictional residents, 示例).
CREATE TABLE population_registry (
  id_number TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  phone TEXT NOT NULL,
  address TEXT NOT NULL,
  id_card_issued_on TEXT NOT NULL,
  id_card_valid_until TEXT
);
CREATE TABLE market_entities (
  uscc TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  legal_rep_name TEXT NOT NULL,
  legal_rep_id_number TEXT NOT NULL,
  founded_on TEXT NOT NULL
);
CREATE TABLE identity_verifications (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  method TEXT NOT NULL CHECK (method IN ('sms', 'face')),
  name TEXT NOT NULL,
  id_number TEXT NOT NULL,
  phone TEXT,
  code_hash TEXT,
  face_verify_id TEXT,
  attempts INTEGER NOT NULL DEFAULT 0,
  expires_at TEXT NOT NULL,
  created_at TEXT NOT NULL,
  verified_at TEXT
);
CREATE INDEX identity_verifications_user ON identity_verifications(user_id, created_at);
CREATE INDEX identity_verifications_person ON identity_verifications(id_number, created_at);
CREATE TABLE dev_outbox (
  id INTEGER PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  phone TEXT NOT NULL,
  text TEXT NOT NULL,
  sent_at TEXT NOT NULL
);
CREATE TABLE identity_events (
  id INTEGER PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('verified', 'moved_away')),
  method TEXT,
  other_user_id TEXT,
  at TEXT NOT NULL
);
CREATE INDEX identity_events_user ON identity_events(user_id, at);
ALTER TABLE users ADD COLUMN identity_method TEXT;
ALTER TABLE users ADD COLUMN identity_verified_at TEXT;
-- Names typed before verification existed were never proven: they unlock nothing now.
UPDATE users SET real_name = NULL, id_number = NULL WHERE real_name IS NOT NULL;
CREATE UNIQUE INDEX users_id_number ON users(id_number) WHERE id_number IS NOT NULL;

-- Bindings made before the register check stay as history but grant nothing.
ALTER TABLE enterprises ADD COLUMN basis TEXT NOT NULL DEFAULT 'unproven';
ALTER TABLE enterprises ADD COLUMN agent_grant_id TEXT;
ALTER TABLE enterprises ADD COLUMN valid_until TEXT;
UPDATE users SET active_enterprise_id = NULL WHERE active_enterprise_id IS NOT NULL;
CREATE TABLE enterprise_agent_grants (
  id TEXT PRIMARY KEY,
  uscc TEXT NOT NULL,
  enterprise_name TEXT NOT NULL,
  grantor_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  agent_name TEXT NOT NULL,
  agent_id_number TEXT NOT NULL,
  scopes_json TEXT NOT NULL,
  days INTEGER NOT NULL,
  valid_until TEXT NOT NULL,
  claim_code TEXT UNIQUE,
  code_expires_at TEXT NOT NULL,
  agent_user_id TEXT REFERENCES users(id) ON DELETE SET NULL,
  created_at TEXT NOT NULL,
  claimed_at TEXT,
  revoked_at TEXT
);
CREATE INDEX enterprise_agent_grants_uscc ON enterprise_agent_grants(uscc, created_at);
CREATE TABLE enterprise_agent_audit (
  id INTEGER PRIMARY KEY,
  grant_id TEXT NOT NULL REFERENCES enterprise_agent_grants(id) ON DELETE CASCADE,
  actor_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  action TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX enterprise_agent_audit_grant ON enterprise_agent_audit(grant_id, at);

-- The grade a loan application carries is the one the server computed and stored.
CREATE TABLE credit_assessments (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  enterprise_id TEXT REFERENCES enterprises(id) ON DELETE CASCADE,
  score INTEGER NOT NULL,
  grade TEXT NOT NULL CHECK (grade IN ('A', 'B', 'C', 'D')),
  answers_json TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX credit_assessments_enterprise ON credit_assessments(enterprise_id, created_at);
