-- policy matching
-- The form as typed (strings, blank = unknown): facts are derived on read, so a fact
-- that depends on today (成立时间) never goes stale.
CREATE TABLE enterprise_profiles (
  enterprise_id TEXT PRIMARY KEY REFERENCES enterprises(id) ON DELETE CASCADE,
  form_json TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE TABLE policy_prereviews (
  id TEXT PRIMARY KEY,
  enterprise_id TEXT NOT NULL REFERENCES enterprises(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('policy', 'annual_report')),
  policy_id TEXT,
  title TEXT NOT NULL,
  outcome TEXT NOT NULL CHECK (outcome IN ('pass', 'fail', 'need_info')),
  reasons_json TEXT NOT NULL,
  next_steps_json TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX policy_prereviews_enterprise ON policy_prereviews(enterprise_id, created_at);
CREATE TABLE policy_subscriptions (
  enterprise_id TEXT PRIMARY KEY REFERENCES enterprises(id) ON DELETE CASCADE,
  since TEXT NOT NULL
);
