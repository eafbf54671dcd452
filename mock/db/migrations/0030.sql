-- 电子监察: which 一码通 code and zone each scan was of, and indexes for the dashboard's date ranges
-- Scans from before this migration keep NULL (their zone was not recorded); new scans of a
-- district code record it, refused codes stay NULL.
ALTER TABLE qr_scans ADD COLUMN code_id TEXT;
ALTER TABLE qr_scans ADD COLUMN zone_id TEXT;
CREATE INDEX qr_scans_at ON qr_scans(at);
CREATE INDEX cases_submitted ON cases(submitted_at);
CREATE INDEX cases_closed ON cases(closed_at);
CREATE INDEX cases_rated ON cases(rated_at);
CREATE INDEX cases_open_deadline ON cases(status, deadline);
CREATE INDEX complaints_created ON complaints(created_at);
CREATE INDEX appointments_day_all ON appointments(day);
