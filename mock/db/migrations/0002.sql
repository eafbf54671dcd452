-- enterprises and active identity
CREATE TABLE enterprises (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  uscc TEXT NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (user_id, uscc)
);
ALTER TABLE users ADD COLUMN active_enterprise_id TEXT
  REFERENCES enterprises(id) ON DELETE SET NULL;
