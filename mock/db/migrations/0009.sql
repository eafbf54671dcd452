-- booking contact and reminders
-- The booker's last name and phone, offered (masked) the next time they book.
ALTER TABLE users ADD COLUMN contact_name TEXT;
ALTER TABLE users ADD COLUMN contact_phone TEXT;
ALTER TABLE appointments ADD COLUMN reminder TEXT NOT NULL DEFAULT 'none'
  CHECK (reminder IN ('wechat', 'none'));
ALTER TABLE appointments ADD COLUMN reminded_at TEXT;
