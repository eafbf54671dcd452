-- policies and bank products kept in the database: edited in the 管理后台 (drafts, published versions, history)
CREATE TABLE policies (
  id TEXT PRIMARY KEY,
  level TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('draft', 'published', 'withdrawn')),
  published_json TEXT,
  version INTEGER NOT NULL DEFAULT 0,
  draft_json TEXT,
  draft_updated_at TEXT,
  draft_updated_by TEXT,
  edited_at TEXT,
  sort_order INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE policy_history (
  policy_id TEXT NOT NULL REFERENCES policies(id),
  version INTEGER NOT NULL,
  policy_json TEXT NOT NULL,
  published_at TEXT NOT NULL,
  published_by TEXT,
  PRIMARY KEY (policy_id, version)
);
CREATE TABLE loan_products (
  id TEXT PRIMARY KEY,
  bank_id TEXT NOT NULL,
  product_json TEXT NOT NULL,
  on_shelf INTEGER NOT NULL DEFAULT 1,
  sort_order INTEGER NOT NULL DEFAULT 0,
  updated_at TEXT NOT NULL,
  edited_at TEXT
);
CREATE TABLE content_versions (
  name TEXT PRIMARY KEY,
  version INTEGER NOT NULL
);
INSERT INTO content_versions (name, version) VALUES ('policies', 1);
