-- 一码通 codes, scans, zones, queue tickets and campaigns
CREATE TABLE app_secrets (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE qr_zones (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  point_id TEXT NOT NULL,
  description TEXT NOT NULL,
  sort_order INTEGER NOT NULL
);
-- One row per printed code; its id is the payload's id, so revoking it stops the code.
CREATE TABLE qr_codes (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('guide', 'queue', 'zone', 'campaign')),
  target_id TEXT NOT NULL,
  title TEXT NOT NULL,
  zone_id TEXT REFERENCES qr_zones(id),
  position INTEGER NOT NULL DEFAULT 0,
  expires_at TEXT,
  revoked_at TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX qr_codes_zone ON qr_codes(zone_id, position);
CREATE TABLE qr_scans (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  official INTEGER NOT NULL,
  title TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX qr_scans_user ON qr_scans(user_id, at);
CREATE TABLE queue_tickets (
  id TEXT PRIMARY KEY,
  point_id TEXT NOT NULL,
  day TEXT NOT NULL,
  number INTEGER NOT NULL,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  status TEXT NOT NULL DEFAULT 'waiting' CHECK (status IN ('waiting', 'called')),
  taken_at TEXT NOT NULL,
  called_at TEXT,
  UNIQUE (point_id, day, number)
);
CREATE TABLE campaigns (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  description TEXT NOT NULL,
  benefits_json TEXT NOT NULL
);
CREATE TABLE campaign_claims (
  campaign_id TEXT NOT NULL REFERENCES campaigns(id),
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  claimed_at TEXT NOT NULL,
  PRIMARY KEY (campaign_id, user_id)
);
