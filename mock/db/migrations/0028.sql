-- complaints: the staff answer, stored once, with the moment it was given (answered within 5 working days)
ALTER TABLE complaints ADD COLUMN answer TEXT;
ALTER TABLE complaints ADD COLUMN answered_at TEXT;
ALTER TABLE complaints ADD COLUMN answered_by TEXT REFERENCES users(id) ON DELETE SET NULL;
