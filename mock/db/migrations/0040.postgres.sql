-- the 一码通 zones and codes have a version of their own
-- The console's zone list and printable walls are kept per this version (mock/modules/qr): every
-- write to a zone or a code, from any process, moves it on.
INSERT INTO content_versions (name, version) VALUES ('qr', 1);
CREATE FUNCTION bump_qr_version() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN UPDATE content_versions SET version = version + 1 WHERE name = 'qr'; RETURN NULL; END $$;
CREATE TRIGGER qr_zones_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON qr_zones
  FOR EACH STATEMENT EXECUTE FUNCTION bump_qr_version();
CREATE TRIGGER qr_codes_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON qr_codes
  FOR EACH STATEMENT EXECUTE FUNCTION bump_qr_version();
