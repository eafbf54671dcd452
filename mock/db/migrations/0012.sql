-- 电子证照库 and the blur score of uploaded photos
-- Keyed by the holder's 居民身份证号 or 统一社会信用代码, not by app user: a licence exists
-- before anyone signs in, and shows up for whoever proves to be its holder.
CREATE TABLE licences (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN
    ('id_card', 'business_license', 'doctor_cert', 'nurse_cert', 'property_cert', 'food_permit')),
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
CREATE INDEX licences_holder ON licences(holder_code);
ALTER TABLE uploads ADD COLUMN sharpness REAL;
