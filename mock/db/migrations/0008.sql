-- legal consultations and lawyers; utility accounts, bills and payments; loan applications; telecom requests; sampling bookings
CREATE TABLE lawyers (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL UNIQUE REFERENCES users(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  firm TEXT NOT NULL,
  specialties_json TEXT NOT NULL,
  years INTEGER NOT NULL,
  intro TEXT NOT NULL,
  sort_order INTEGER NOT NULL
);
CREATE TABLE legal_consultations (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  lawyer_id TEXT NOT NULL REFERENCES lawyers(id),
  topic TEXT NOT NULL,
  title TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('waiting', 'answered')),
  user_unread INTEGER NOT NULL DEFAULT 0 CHECK (user_unread IN (0, 1)),
  lawyer_unread INTEGER NOT NULL DEFAULT 1 CHECK (lawyer_unread IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX legal_consultations_user ON legal_consultations(user_id, updated_at);
CREATE INDEX legal_consultations_lawyer ON legal_consultations(lawyer_id, updated_at);
CREATE TABLE legal_messages (
  id TEXT PRIMARY KEY,
  consultation_id TEXT NOT NULL REFERENCES legal_consultations(id) ON DELETE CASCADE,
  author TEXT NOT NULL CHECK (author IN ('user', 'lawyer')),
  body TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX legal_messages_thread ON legal_messages(consultation_id, created_at);

CREATE TABLE utility_accounts (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('water', 'power', 'gas', 'heating')),
  number TEXT NOT NULL,
  holder TEXT NOT NULL,
  address TEXT NOT NULL,
  UNIQUE (kind, number)
);
-- Reference data like the catalog: no foreign key from user rows, so a reseed keeps them.
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
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  account_id TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (user_id, account_id)
);
-- One payment per bill, whatever the code path: paying twice is impossible.
CREATE TABLE utility_payments (
  id TEXT PRIMARY KEY,
  bill_id TEXT NOT NULL UNIQUE,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  amount_cents INTEGER NOT NULL,
  receipt_no TEXT NOT NULL UNIQUE,
  channel TEXT NOT NULL CHECK (channel = 'sandbox'),
  paid_at TEXT NOT NULL
);

CREATE TABLE bank_staff (
  user_id TEXT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
  bank_id TEXT NOT NULL
);
CREATE TABLE loan_applications (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  enterprise_name TEXT NOT NULL,
  product_id TEXT NOT NULL,
  bank_id TEXT NOT NULL,
  amount REAL NOT NULL CHECK (amount > 0),
  purpose TEXT NOT NULL,
  grade TEXT NOT NULL CHECK (grade IN ('A', 'B', 'C', 'D')),
  status TEXT NOT NULL DEFAULT 'submitted'
    CHECK (status IN ('submitted', 'accepted', 'declined')),
  decision_note TEXT,
  created_at TEXT NOT NULL,
  decided_at TEXT
);
CREATE INDEX loan_applications_user ON loan_applications(user_id, created_at);
CREATE INDEX loan_applications_bank ON loan_applications(bank_id, created_at);

CREATE TABLE telecom_requests (
  id TEXT PRIMARY KEY,
  ref_no TEXT NOT NULL UNIQUE,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  plan_id TEXT NOT NULL,
  contact TEXT NOT NULL,
  phone TEXT NOT NULL,
  address TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX telecom_requests_user ON telecom_requests(user_id, created_at);

CREATE TABLE lab_staff (
  user_id TEXT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
  lab_id TEXT NOT NULL
);
CREATE TABLE sampling_bookings (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
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
CREATE INDEX sampling_bookings_user ON sampling_bookings(user_id, created_at);
CREATE INDEX sampling_bookings_lab ON sampling_bookings(lab_id, day);
