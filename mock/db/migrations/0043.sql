-- a holiday year written by anyone moves the calendar's version on
-- Each server process keeps the calendar (and the console's list of years) per this version
-- (mock/modules/calendar/sync.ts): a write to holiday_years from any process, not only a save
-- through the console, must move it on.
CREATE TRIGGER holiday_years_calendar_insert AFTER INSERT ON holiday_years
  BEGIN UPDATE holiday_calendar_version SET version = version + 1; END;
CREATE TRIGGER holiday_years_calendar_update AFTER UPDATE ON holiday_years
  BEGIN UPDATE holiday_calendar_version SET version = version + 1; END;
CREATE TRIGGER holiday_years_calendar_delete AFTER DELETE ON holiday_years
  BEGIN UPDATE holiday_calendar_version SET version = version + 1; END;
