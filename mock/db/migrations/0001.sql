-- users and sessions
CREATE TABLE users (
  id TEXT PRIMARY KEY,
  openid TEXT NOT NULL UNIQUE,
  nickname TEXT NOT NULL,
  role TEXT NOT NULL DEFAULT 'resident' CHECK (role IN ('resident', 'staff')),
  real_name TEXT,
  id_number TEXT,
  created_at TEXT NOT NULL,
  CHECK ((real_name IS NULL) = (id_number IS NULL))
);
CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE INDEX sessions_user ON sessions(user_id);
CREATE INDEX sessions_expiry ON sessions(expires_at);
