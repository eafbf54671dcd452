-- rate-limit counters shared by every server instance
-- One fixed window per key (limit, address or user): counted by an atomic upsert that
-- starts a new window once the old one has ended.
CREATE TABLE rate_limit_counters (
  key TEXT PRIMARY KEY,
  count INTEGER NOT NULL,
  window_ends_at TEXT NOT NULL
);
CREATE INDEX rate_limit_counters_end ON rate_limit_counters(window_ends_at);
