-- the console edits service points, 一码通 zones and the holiday calendar
-- A point or zone an administrator saved is the console's from then on: the seed skips it.
ALTER TABLE service_points ADD COLUMN edited_at TEXT;
ALTER TABLE qr_zones ADD COLUMN edited_at TEXT;
-- A year of the holiday calendar as the console saved it (法定节假日 ranges, 调休 working days);
-- a year not here is the built-in table (src/services/contract/calendar/holidays.json).
CREATE TABLE holiday_years (
  year INTEGER PRIMARY KEY,
  holidays_json TEXT NOT NULL,
  makeup_days_json TEXT NOT NULL,
  edited_by TEXT REFERENCES users(id) ON DELETE SET NULL,
  edited_at TEXT NOT NULL
);
-- Moved on by every save, so each server process reloads the calendar it keeps in memory.
CREATE TABLE holiday_calendar_version (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  version INTEGER NOT NULL
);
INSERT INTO holiday_calendar_version (id, version) VALUES (1, 1);
