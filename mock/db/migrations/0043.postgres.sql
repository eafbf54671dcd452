-- a holiday year written by anyone moves the calendar's version on
-- Each server process keeps the calendar (and the console's list of years) per this version
-- (mock/modules/calendar/sync.ts): a write to holiday_years from any process, not only a save
-- through the console, must move it on.
CREATE FUNCTION bump_holiday_calendar_version() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN UPDATE holiday_calendar_version SET version = version + 1; RETURN NULL; END $$;
CREATE TRIGGER holiday_years_calendar_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON holiday_years
  FOR EACH STATEMENT EXECUTE FUNCTION bump_holiday_calendar_version();
