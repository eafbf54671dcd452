-- cases (一键代办), uploads and 帮办员
CREATE TABLE uploads (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  mime TEXT NOT NULL CHECK (mime IN ('image/jpeg', 'image/png', 'application/pdf')),
  size INTEGER NOT NULL,
  sha256 TEXT NOT NULL,
  width INTEGER,
  height INTEGER,
  -- relative to the upload directory: content-addressed, so one file stored once
  stored_as TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX uploads_user ON uploads(user_id, created_at);
-- 帮办员: staff users who take over 一键代办 cases, by name and desk.
CREATE TABLE case_helpers (
  user_id TEXT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  desk TEXT NOT NULL,
  phone TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE cases (
  id TEXT PRIMARY KEY,
  number TEXT NOT NULL UNIQUE,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  source_kind TEXT NOT NULL CHECK (source_kind IN ('item', 'bundle')),
  source_id TEXT NOT NULL,
  title TEXT NOT NULL,
  promised_days INTEGER NOT NULL,
  status TEXT NOT NULL
    CHECK (status IN ('submitted', 'correction', 'accepted', 'finished', 'refused')),
  helper_id TEXT REFERENCES case_helpers(user_id),
  applicant TEXT NOT NULL,
  fields_json TEXT NOT NULL,
  materials_json TEXT NOT NULL,
  corrections_json TEXT NOT NULL DEFAULT '[]',
  result TEXT,
  submitted_at TEXT NOT NULL,
  accepted_at TEXT,
  deadline TEXT,
  closed_at TEXT,
  updated_at TEXT NOT NULL,
  -- 好差评: 1 非常不满意 … 5 非常满意; a rating of 1 or 2 is followed up by the 帮办员
  rating INTEGER CHECK (rating BETWEEN 1 AND 5),
  rating_comment TEXT,
  rated_at TEXT,
  follow_up TEXT,
  followed_up_at TEXT
);
CREATE INDEX cases_user ON cases(user_id, submitted_at);
CREATE INDEX cases_helper ON cases(helper_id, status);
CREATE TABLE case_events (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  at TEXT NOT NULL,
  event TEXT NOT NULL,
  actor TEXT NOT NULL,
  note TEXT NOT NULL
);
CREATE INDEX case_events_case ON case_events(case_id, id);
-- 投诉建议: about a case (filled in from it) or about the service in general.
CREATE TABLE complaints (
  id TEXT PRIMARY KEY,
  number TEXT NOT NULL UNIQUE,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('complaint', 'suggestion')),
  case_id TEXT REFERENCES cases(id) ON DELETE SET NULL,
  content TEXT NOT NULL,
  phone TEXT,
  reply_due TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX complaints_user ON complaints(user_id, created_at);
