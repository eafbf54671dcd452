-- The schema of migration 18 (mock/db/migrations.ts) for PostgreSQL, as one file: no PostgreSQL
-- database predates it. Later versions are migrations with a PostgreSQL variant where SQLite's
-- differs. tests/mock/db/engines.test.ts checks that both engines end with the same tables and
-- columns. Timestamps are ISO-8601 TEXT as on SQLite, so queries compare them the same way.

CREATE TABLE users (
  id TEXT PRIMARY KEY,
  openid TEXT NOT NULL UNIQUE,
  nickname TEXT NOT NULL,
  real_name TEXT,
  id_number TEXT,
  created_at TEXT NOT NULL,
  active_enterprise_id TEXT,
  contact_name TEXT,
  contact_phone TEXT,
  identity_method TEXT,
  identity_verified_at TEXT,
  CHECK ((real_name IS NULL) = (id_number IS NULL))
);

CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  user_id TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);

CREATE TABLE enterprises (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL,
  name TEXT NOT NULL,
  uscc TEXT NOT NULL,
  created_at TEXT NOT NULL,
  basis TEXT NOT NULL DEFAULT 'unproven',
  agent_grant_id TEXT,
  valid_until TEXT,
  UNIQUE (user_id, uscc)
);

CREATE TABLE privacy_consents (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL,
  version TEXT NOT NULL,
  channel TEXT NOT NULL CHECK (channel IN ('weapp', 'h5')),
  agreed_at TEXT NOT NULL
);

CREATE TABLE idempotency_keys (
  user_id TEXT NOT NULL,
  key TEXT NOT NULL,
  request_hash TEXT NOT NULL,
  status_code INTEGER NOT NULL,
  response_body TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (user_id, key)
);

CREATE TABLE service_points (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('center', 'street', 'community', 'bank', 'mall')),
  street TEXT NOT NULL,
  address TEXT NOT NULL,
  phone TEXT NOT NULL,
  latitude DOUBLE PRECISION NOT NULL,
  longitude DOUBLE PRECISION NOT NULL,
  hours_json TEXT NOT NULL,
  sort_order INTEGER NOT NULL
);

CREATE TABLE service_point_features (
  point_id TEXT NOT NULL,
  position INTEGER NOT NULL,
  feature TEXT NOT NULL,
  PRIMARY KEY (point_id, position)
);

CREATE TABLE catalog_items (
  id TEXT PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  type TEXT NOT NULL CHECK (type IN ('application', 'public_service', 'ex_officio')),
  category TEXT NOT NULL,
  department TEXT NOT NULL,
  audiences_json TEXT NOT NULL,
  scenes_json TEXT NOT NULL,
  scopes_json TEXT NOT NULL,
  keywords_json TEXT NOT NULL,
  promised_days INTEGER NOT NULL,
  legal_days INTEGER,
  visits INTEGER NOT NULL,
  online INTEGER NOT NULL,
  popularity INTEGER NOT NULL,
  sort_order INTEGER NOT NULL,
  guide_json TEXT NOT NULL
);

CREATE TABLE catalog_item_facets (
  item_id TEXT NOT NULL,
  facet TEXT NOT NULL CHECK (facet IN ('audience', 'scene', 'scope')),
  value TEXT NOT NULL,
  PRIMARY KEY (facet, value, item_id)
);

CREATE TABLE catalog_materials (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  form TEXT NOT NULL,
  copies INTEGER NOT NULL,
  ecert INTEGER NOT NULL,
  sample TEXT,
  note TEXT
);

CREATE TABLE catalog_item_materials (
  item_id TEXT NOT NULL,
  position INTEGER NOT NULL,
  material_id TEXT NOT NULL,
  required INTEGER NOT NULL,
  copies INTEGER NOT NULL,
  form TEXT NOT NULL,
  note TEXT,
  PRIMARY KEY (item_id, position)
);

CREATE TABLE catalog_item_points (
  item_id TEXT NOT NULL,
  point_id TEXT NOT NULL,
  "window" TEXT NOT NULL,
  PRIMARY KEY (point_id, item_id)
);

CREATE TABLE catalog_bundles (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  scene TEXT NOT NULL,
  audience TEXT NOT NULL,
  description TEXT NOT NULL,
  promised_days INTEGER NOT NULL,
  visits INTEGER NOT NULL,
  sort_order INTEGER NOT NULL
);

CREATE TABLE catalog_bundle_items (
  bundle_id TEXT NOT NULL,
  position INTEGER NOT NULL,
  item_id TEXT NOT NULL,
  PRIMARY KEY (bundle_id, position)
);

CREATE TABLE seed_versions (
  name TEXT PRIMARY KEY,
  hash TEXT NOT NULL
);

CREATE TABLE favorites (
  user_id TEXT NOT NULL,
  item_id TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (user_id, item_id)
);

CREATE TABLE appointments (
  id TEXT PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  user_id TEXT NOT NULL,
  item_id TEXT NOT NULL,
  point_id TEXT NOT NULL,
  day TEXT NOT NULL,
  time TEXT NOT NULL,
  slot_start TEXT NOT NULL,
  slot_end TEXT NOT NULL,
  name TEXT NOT NULL,
  phone TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'booked' CHECK (status IN ('booked', 'arrived', 'cancelled')),
  queue_number INTEGER,
  created_at TEXT NOT NULL,
  cancelled_at TEXT,
  arrived_at TEXT,
  reminder TEXT NOT NULL DEFAULT 'none' CHECK (reminder IN ('wechat', 'none')),
  reminded_at TEXT,
  moved_to TEXT,
  CHECK ((status = 'arrived') = (queue_number IS NOT NULL))
);

CREATE TABLE enterprise_profiles (
  enterprise_id TEXT PRIMARY KEY,
  form_json TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE policy_prereviews (
  id TEXT PRIMARY KEY,
  enterprise_id TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('policy', 'annual_report')),
  policy_id TEXT,
  title TEXT NOT NULL,
  outcome TEXT NOT NULL CHECK (outcome IN ('pass', 'fail', 'need_info')),
  reasons_json TEXT NOT NULL,
  next_steps_json TEXT NOT NULL,
  created_at TEXT NOT NULL
);

CREATE TABLE policy_subscriptions (
  enterprise_id TEXT PRIMARY KEY,
  since TEXT NOT NULL
);

CREATE TABLE lawyers (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  firm TEXT NOT NULL,
  specialties_json TEXT NOT NULL,
  years INTEGER NOT NULL,
  intro TEXT NOT NULL,
  sort_order INTEGER NOT NULL
);

CREATE TABLE legal_consultations (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL,
  lawyer_id TEXT NOT NULL,
  topic TEXT NOT NULL,
  title TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('waiting', 'answered')),
  user_unread INTEGER NOT NULL DEFAULT 0 CHECK (user_unread IN (0, 1)),
  lawyer_unread INTEGER NOT NULL DEFAULT 1 CHECK (lawyer_unread IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE legal_messages (
  id TEXT PRIMARY KEY,
  consultation_id TEXT NOT NULL,
  author TEXT NOT NULL CHECK (author IN ('user', 'lawyer')),
  body TEXT NOT NULL,
  created_at TEXT NOT NULL
);

CREATE TABLE utility_accounts (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('water', 'power', 'gas', 'heating')),
  number TEXT NOT NULL,
  holder TEXT NOT NULL,
  address TEXT NOT NULL,
  phone TEXT NOT NULL DEFAULT '',
  UNIQUE (kind, number)
);

CREATE TABLE utility_bills (
  id TEXT PRIMARY KEY,
  account_id TEXT NOT NULL,
  period TEXT NOT NULL,
  description TEXT NOT NULL,
  amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
  due_date TEXT NOT NULL,
  UNIQUE (account_id, period)
);

CREATE TABLE utility_bindings (
  user_id TEXT NOT NULL,
  account_id TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (user_id, account_id)
);

CREATE TABLE utility_payments (
  id TEXT PRIMARY KEY,
  bill_id TEXT NOT NULL UNIQUE,
  user_id TEXT NOT NULL,
  amount_cents INTEGER NOT NULL,
  receipt_no TEXT NOT NULL UNIQUE,
  channel TEXT NOT NULL CHECK (channel = 'sandbox'),
  paid_at TEXT NOT NULL
);

CREATE TABLE loan_applications (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL,
  enterprise_name TEXT NOT NULL,
  product_id TEXT NOT NULL,
  bank_id TEXT NOT NULL,
  amount DOUBLE PRECISION NOT NULL CHECK (amount > 0),
  purpose TEXT NOT NULL,
  grade TEXT NOT NULL CHECK (grade IN ('A', 'B', 'C', 'D')),
  status TEXT NOT NULL DEFAULT 'submitted' CHECK (status IN ('submitted', 'accepted', 'declined')),
  decision_note TEXT,
  created_at TEXT NOT NULL,
  decided_at TEXT
);

CREATE TABLE telecom_requests (
  id TEXT PRIMARY KEY,
  ref_no TEXT NOT NULL UNIQUE,
  user_id TEXT NOT NULL,
  plan_id TEXT NOT NULL,
  contact TEXT NOT NULL,
  phone TEXT NOT NULL,
  address TEXT NOT NULL,
  created_at TEXT NOT NULL
);

CREATE TABLE sampling_bookings (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL,
  lab_id TEXT NOT NULL,
  service TEXT NOT NULL CHECK (service IN ('air', 'product')),
  day TEXT NOT NULL,
  slot TEXT NOT NULL CHECK (slot IN ('am', 'pm')),
  address TEXT NOT NULL,
  contact TEXT NOT NULL,
  phone TEXT NOT NULL,
  report_json TEXT,
  created_at TEXT NOT NULL
);

CREATE TABLE uploads (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL,
  name TEXT NOT NULL,
  mime TEXT NOT NULL CHECK (mime IN ('image/jpeg', 'image/png', 'application/pdf')),
  size INTEGER NOT NULL,
  sha256 TEXT NOT NULL,
  width INTEGER,
  height INTEGER,
  stored_as TEXT NOT NULL,
  created_at TEXT NOT NULL,
  sharpness DOUBLE PRECISION
);

CREATE TABLE case_helpers (
  user_id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  desk TEXT NOT NULL,
  phone TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE cases (
  id TEXT PRIMARY KEY,
  number TEXT NOT NULL UNIQUE,
  user_id TEXT NOT NULL,
  source_kind TEXT NOT NULL CHECK (source_kind IN ('item', 'bundle')),
  source_id TEXT NOT NULL,
  title TEXT NOT NULL,
  promised_days INTEGER NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('submitted', 'correction', 'accepted', 'finished', 'refused')),
  helper_id TEXT,
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
  rating INTEGER CHECK (rating BETWEEN 1 AND 5),
  rating_comment TEXT,
  rated_at TEXT,
  follow_up TEXT,
  followed_up_at TEXT
);

CREATE TABLE case_events (
  id INTEGER GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  case_id TEXT NOT NULL,
  at TEXT NOT NULL,
  event TEXT NOT NULL,
  actor TEXT NOT NULL,
  note TEXT NOT NULL
);

CREATE TABLE complaints (
  id TEXT PRIMARY KEY,
  number TEXT NOT NULL UNIQUE,
  user_id TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('complaint', 'suggestion')),
  case_id TEXT,
  content TEXT NOT NULL,
  phone TEXT,
  reply_due TEXT NOT NULL,
  created_at TEXT NOT NULL
);

CREATE TABLE app_secrets (
  name TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE qr_zones (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  point_id TEXT NOT NULL,
  description TEXT NOT NULL,
  sort_order INTEGER NOT NULL
);

CREATE TABLE qr_codes (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('guide', 'queue', 'zone', 'campaign')),
  target_id TEXT NOT NULL,
  title TEXT NOT NULL,
  zone_id TEXT,
  position INTEGER NOT NULL DEFAULT 0,
  expires_at TEXT,
  revoked_at TEXT,
  created_at TEXT NOT NULL
);

CREATE TABLE qr_scans (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL,
  official INTEGER NOT NULL,
  title TEXT NOT NULL,
  at TEXT NOT NULL
);

CREATE TABLE queue_tickets (
  id TEXT PRIMARY KEY,
  point_id TEXT NOT NULL,
  day TEXT NOT NULL,
  number INTEGER NOT NULL,
  user_id TEXT NOT NULL,
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
  campaign_id TEXT NOT NULL,
  user_id TEXT NOT NULL,
  claimed_at TEXT NOT NULL,
  PRIMARY KEY (campaign_id, user_id)
);

CREATE TABLE licences (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('id_card', 'business_license', 'doctor_cert', 'nurse_cert', 'property_cert', 'food_permit')),
  holder_kind TEXT NOT NULL CHECK (holder_kind IN ('person', 'enterprise')),
  holder_code TEXT NOT NULL,
  holder_name TEXT NOT NULL,
  number TEXT NOT NULL,
  issuer TEXT NOT NULL,
  issued_on TEXT NOT NULL,
  valid_until TEXT,
  facts_json TEXT NOT NULL DEFAULT '[]',
  UNIQUE (kind, number)
);

CREATE TABLE media_videos (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('tutorial', 'replay')),
  title TEXT NOT NULL,
  department TEXT NOT NULL,
  description TEXT NOT NULL,
  clip TEXT NOT NULL,
  duration_sec DOUBLE PRECISION NOT NULL,
  sort_order INTEGER NOT NULL
);

CREATE TABLE media_chapters (
  video_id TEXT NOT NULL,
  idx INTEGER NOT NULL,
  title TEXT NOT NULL,
  start_sec DOUBLE PRECISION NOT NULL,
  link_kind TEXT NOT NULL CHECK (link_kind IN ('item', 'bundle')),
  link_id TEXT NOT NULL,
  link_name TEXT NOT NULL,
  PRIMARY KEY (video_id, idx)
);

CREATE TABLE live_sessions (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  topic TEXT NOT NULL,
  host_department TEXT NOT NULL,
  starts_at TEXT NOT NULL,
  ends_at TEXT NOT NULL,
  feed_clip TEXT NOT NULL,
  replay_video_id TEXT NOT NULL
);

CREATE TABLE live_subscriptions (
  session_id TEXT NOT NULL,
  user_id TEXT NOT NULL,
  channel TEXT NOT NULL CHECK (channel IN ('app', 'wechat')),
  created_at TEXT NOT NULL,
  reminded_at TEXT,
  PRIMARY KEY (session_id, user_id)
);

CREATE TABLE proxy_grants (
  id TEXT PRIMARY KEY,
  grantor_id TEXT NOT NULL,
  grantee_kind TEXT NOT NULL CHECK (grantee_kind IN ('relative', 'helper')),
  grantee_name TEXT NOT NULL,
  relation TEXT NOT NULL,
  grantee_id TEXT,
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

CREATE TABLE proxy_audit (
  id TEXT PRIMARY KEY,
  grant_id TEXT NOT NULL,
  actor_id TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('granted', 'claimed', 'booked', 'applied', 'revoked')),
  item_id TEXT,
  target_id TEXT,
  at TEXT NOT NULL
);

CREATE TABLE role_grants (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('window', 'helper', 'lawyer', 'bank', 'lab', 'admin')),
  scope_id TEXT,
  granted_by TEXT,
  granted_at TEXT NOT NULL,
  revoked_at TEXT,
  revoked_by TEXT,
  CHECK ((kind IN ('window', 'bank', 'lab')) = (scope_id IS NOT NULL))
);

CREATE TABLE role_audit (
  id TEXT PRIMARY KEY,
  grant_id TEXT NOT NULL,
  actor_id TEXT,
  action TEXT NOT NULL CHECK (action IN ('granted', 'revoked')),
  before_json TEXT,
  after_json TEXT,
  at TEXT NOT NULL
);

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
  user_id TEXT NOT NULL,
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

CREATE TABLE dev_outbox (
  id INTEGER GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  user_id TEXT NOT NULL,
  phone TEXT NOT NULL,
  text TEXT NOT NULL,
  sent_at TEXT NOT NULL
);

CREATE TABLE identity_events (
  id INTEGER GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  user_id TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('verified', 'moved_away')),
  method TEXT,
  other_user_id TEXT,
  at TEXT NOT NULL
);

CREATE TABLE enterprise_agent_grants (
  id TEXT PRIMARY KEY,
  uscc TEXT NOT NULL,
  enterprise_name TEXT NOT NULL,
  grantor_id TEXT NOT NULL,
  agent_name TEXT NOT NULL,
  agent_id_number TEXT NOT NULL,
  scopes_json TEXT NOT NULL,
  days INTEGER NOT NULL,
  valid_until TEXT NOT NULL,
  claim_code TEXT UNIQUE,
  code_expires_at TEXT NOT NULL,
  agent_user_id TEXT,
  created_at TEXT NOT NULL,
  claimed_at TEXT,
  revoked_at TEXT
);

CREATE TABLE enterprise_agent_audit (
  id INTEGER GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  grant_id TEXT NOT NULL,
  actor_id TEXT NOT NULL,
  action TEXT NOT NULL,
  at TEXT NOT NULL
);

CREATE TABLE credit_assessments (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL,
  enterprise_id TEXT,
  score INTEGER NOT NULL,
  grade TEXT NOT NULL CHECK (grade IN ('A', 'B', 'C', 'D')),
  answers_json TEXT NOT NULL,
  created_at TEXT NOT NULL
);

CREATE TABLE utility_bind_failures (
  user_id TEXT NOT NULL,
  account_key TEXT NOT NULL,
  at TEXT NOT NULL
);

CREATE INDEX sessions_user ON sessions(user_id);
CREATE INDEX sessions_expiry ON sessions(expires_at);
CREATE INDEX privacy_consents_user ON privacy_consents(user_id);
CREATE INDEX idempotency_keys_created ON idempotency_keys(created_at);
CREATE INDEX catalog_items_department ON catalog_items(department);
CREATE INDEX catalog_items_order ON catalog_items(popularity DESC, sort_order);
CREATE INDEX catalog_item_points_item ON catalog_item_points(item_id);
CREATE INDEX appointments_slot ON appointments(point_id, slot_start) WHERE status <> 'cancelled';
CREATE INDEX appointments_user ON appointments(user_id, slot_start);
CREATE UNIQUE INDEX appointments_one_per_day ON appointments(user_id, item_id, day) WHERE status <> 'cancelled';
CREATE UNIQUE INDEX appointments_queue ON appointments(point_id, day, queue_number) WHERE queue_number IS NOT NULL;
CREATE INDEX policy_prereviews_enterprise ON policy_prereviews(enterprise_id, created_at);
CREATE INDEX legal_consultations_user ON legal_consultations(user_id, updated_at);
CREATE INDEX legal_consultations_lawyer ON legal_consultations(lawyer_id, updated_at);
CREATE INDEX legal_messages_thread ON legal_messages(consultation_id, created_at);
CREATE INDEX loan_applications_user ON loan_applications(user_id, created_at);
CREATE INDEX loan_applications_bank ON loan_applications(bank_id, created_at);
CREATE INDEX telecom_requests_user ON telecom_requests(user_id, created_at);
CREATE INDEX sampling_bookings_user ON sampling_bookings(user_id, created_at);
CREATE INDEX sampling_bookings_lab ON sampling_bookings(lab_id, day);
CREATE INDEX uploads_user ON uploads(user_id, created_at);
CREATE INDEX cases_user ON cases(user_id, submitted_at);
CREATE INDEX cases_helper ON cases(helper_id, status);
CREATE INDEX case_events_case ON case_events(case_id, id);
CREATE INDEX complaints_user ON complaints(user_id, created_at);
CREATE INDEX qr_codes_zone ON qr_codes(zone_id, position);
CREATE INDEX qr_scans_user ON qr_scans(user_id, at);
CREATE INDEX licences_holder ON licences(holder_code);
CREATE INDEX media_videos_list ON media_videos(kind, sort_order);
CREATE INDEX media_chapters_link ON media_chapters(link_id);
CREATE INDEX proxy_grants_grantor ON proxy_grants(grantor_id, created_at);
CREATE INDEX proxy_grants_grantee ON proxy_grants(grantee_id, claimed_at);
CREATE INDEX proxy_audit_grant ON proxy_audit(grant_id, at);
CREATE INDEX proxy_audit_target ON proxy_audit(target_id);
CREATE UNIQUE INDEX role_grants_live ON role_grants(user_id, kind, COALESCE(scope_id, '')) WHERE revoked_at IS NULL;
CREATE INDEX role_grants_scope ON role_grants(kind, scope_id);
CREATE INDEX role_audit_at ON role_audit(at);
CREATE INDEX role_audit_grant ON role_audit(grant_id);
CREATE INDEX identity_verifications_user ON identity_verifications(user_id, created_at);
CREATE INDEX identity_verifications_person ON identity_verifications(id_number, created_at);
CREATE INDEX identity_events_user ON identity_events(user_id, at);
CREATE UNIQUE INDEX users_id_number ON users(id_number) WHERE id_number IS NOT NULL;
CREATE INDEX enterprise_agent_grants_uscc ON enterprise_agent_grants(uscc, created_at);
CREATE INDEX enterprise_agent_audit_grant ON enterprise_agent_audit(grant_id, at);
CREATE INDEX credit_assessments_enterprise ON credit_assessments(enterprise_id, created_at);
CREATE UNIQUE INDEX queue_tickets_one_waiting ON queue_tickets(user_id, point_id, day) WHERE status = 'waiting';
CREATE INDEX utility_bind_failures_user ON utility_bind_failures(user_id, at);
CREATE INDEX utility_bind_failures_account ON utility_bind_failures(account_key, at);

ALTER TABLE users ADD FOREIGN KEY (active_enterprise_id) REFERENCES enterprises(id) ON DELETE SET NULL;
ALTER TABLE sessions ADD FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE;
ALTER TABLE enterprises ADD FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE;
ALTER TABLE privacy_consents ADD FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE;
ALTER TABLE idempotency_keys ADD FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE;
ALTER TABLE service_point_features ADD FOREIGN KEY (point_id) REFERENCES service_points(id) ON DELETE CASCADE;
ALTER TABLE catalog_item_facets ADD FOREIGN KEY (item_id) REFERENCES catalog_items(id) ON DELETE CASCADE;
ALTER TABLE catalog_item_materials ADD FOREIGN KEY (item_id) REFERENCES catalog_items(id) ON DELETE CASCADE;
ALTER TABLE catalog_item_materials ADD FOREIGN KEY (material_id) REFERENCES catalog_materials(id);
ALTER TABLE catalog_item_points ADD FOREIGN KEY (item_id) REFERENCES catalog_items(id) ON DELETE CASCADE;
ALTER TABLE catalog_item_points ADD FOREIGN KEY (point_id) REFERENCES service_points(id);
ALTER TABLE catalog_bundle_items ADD FOREIGN KEY (bundle_id) REFERENCES catalog_bundles(id) ON DELETE CASCADE;
ALTER TABLE catalog_bundle_items ADD FOREIGN KEY (item_id) REFERENCES catalog_items(id);
ALTER TABLE favorites ADD FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE;
ALTER TABLE appointments ADD FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE;
ALTER TABLE appointments ADD FOREIGN KEY (moved_to) REFERENCES appointments(id);
ALTER TABLE enterprise_profiles ADD FOREIGN KEY (enterprise_id) REFERENCES enterprises(id) ON DELETE CASCADE;
ALTER TABLE policy_prereviews ADD FOREIGN KEY (enterprise_id) REFERENCES enterprises(id) ON DELETE CASCADE;
ALTER TABLE policy_subscriptions ADD FOREIGN KEY (enterprise_id) REFERENCES enterprises(id) ON DELETE CASCADE;
ALTER TABLE lawyers ADD FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE;
ALTER TABLE legal_consultations ADD FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE;
ALTER TABLE legal_consultations ADD FOREIGN KEY (lawyer_id) REFERENCES lawyers(id);
ALTER TABLE legal_messages ADD FOREIGN KEY (consultation_id) REFERENCES legal_consultations(id) ON DELETE CASCADE;
ALTER TABLE utility_bindings ADD FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE;
ALTER TABLE utility_payments ADD FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE;
ALTER TABLE loan_applications ADD FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE;
ALTER TABLE telecom_requests ADD FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE;
ALTER TABLE sampling_bookings ADD FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE;
ALTER TABLE uploads ADD FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE;
ALTER TABLE case_helpers ADD FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE;
ALTER TABLE cases ADD FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE;
ALTER TABLE cases ADD FOREIGN KEY (helper_id) REFERENCES case_helpers(user_id);
ALTER TABLE case_events ADD FOREIGN KEY (case_id) REFERENCES cases(id) ON DELETE CASCADE;
ALTER TABLE complaints ADD FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE;
ALTER TABLE complaints ADD FOREIGN KEY (case_id) REFERENCES cases(id) ON DELETE SET NULL;
ALTER TABLE qr_codes ADD FOREIGN KEY (zone_id) REFERENCES qr_zones(id);
ALTER TABLE qr_scans ADD FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE;
ALTER TABLE queue_tickets ADD FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE;
ALTER TABLE campaign_claims ADD FOREIGN KEY (campaign_id) REFERENCES campaigns(id);
ALTER TABLE campaign_claims ADD FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE;
ALTER TABLE media_chapters ADD FOREIGN KEY (video_id) REFERENCES media_videos(id) ON DELETE CASCADE;
ALTER TABLE live_sessions ADD FOREIGN KEY (replay_video_id) REFERENCES media_videos(id);
ALTER TABLE live_subscriptions ADD FOREIGN KEY (session_id) REFERENCES live_sessions(id) ON DELETE CASCADE;
ALTER TABLE live_subscriptions ADD FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE;
ALTER TABLE proxy_grants ADD FOREIGN KEY (grantor_id) REFERENCES users(id) ON DELETE CASCADE;
ALTER TABLE proxy_grants ADD FOREIGN KEY (grantee_id) REFERENCES users(id) ON DELETE CASCADE;
ALTER TABLE proxy_audit ADD FOREIGN KEY (grant_id) REFERENCES proxy_grants(id) ON DELETE CASCADE;
ALTER TABLE proxy_audit ADD FOREIGN KEY (actor_id) REFERENCES users(id) ON DELETE CASCADE;
ALTER TABLE role_grants ADD FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE;
ALTER TABLE role_grants ADD FOREIGN KEY (granted_by) REFERENCES users(id) ON DELETE SET NULL;
ALTER TABLE role_grants ADD FOREIGN KEY (revoked_by) REFERENCES users(id) ON DELETE SET NULL;
ALTER TABLE role_audit ADD FOREIGN KEY (grant_id) REFERENCES role_grants(id) ON DELETE CASCADE;
ALTER TABLE role_audit ADD FOREIGN KEY (actor_id) REFERENCES users(id) ON DELETE SET NULL;
ALTER TABLE identity_verifications ADD FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE;
ALTER TABLE dev_outbox ADD FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE;
ALTER TABLE identity_events ADD FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE;
ALTER TABLE enterprise_agent_grants ADD FOREIGN KEY (grantor_id) REFERENCES users(id) ON DELETE CASCADE;
ALTER TABLE enterprise_agent_grants ADD FOREIGN KEY (agent_user_id) REFERENCES users(id) ON DELETE SET NULL;
ALTER TABLE enterprise_agent_audit ADD FOREIGN KEY (grant_id) REFERENCES enterprise_agent_grants(id) ON DELETE CASCADE;
ALTER TABLE enterprise_agent_audit ADD FOREIGN KEY (actor_id) REFERENCES users(id) ON DELETE CASCADE;
ALTER TABLE credit_assessments ADD FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE;
ALTER TABLE credit_assessments ADD FOREIGN KEY (enterprise_id) REFERENCES enterprises(id) ON DELETE CASCADE;
ALTER TABLE utility_bind_failures ADD FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE;
