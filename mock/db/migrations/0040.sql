-- the 一码通 zones and codes have a version of their own
-- The console's zone list and printable walls are kept per this version (mock/modules/qr): every
-- write to a zone or a code, from any process, moves it on.
INSERT INTO content_versions (name, version) VALUES ('qr', 1);
CREATE TRIGGER qr_zones_insert AFTER INSERT ON qr_zones
  BEGIN UPDATE content_versions SET version = version + 1 WHERE name = 'qr'; END;
CREATE TRIGGER qr_zones_update AFTER UPDATE ON qr_zones
  BEGIN UPDATE content_versions SET version = version + 1 WHERE name = 'qr'; END;
CREATE TRIGGER qr_zones_delete AFTER DELETE ON qr_zones
  BEGIN UPDATE content_versions SET version = version + 1 WHERE name = 'qr'; END;
CREATE TRIGGER qr_codes_insert AFTER INSERT ON qr_codes
  BEGIN UPDATE content_versions SET version = version + 1 WHERE name = 'qr'; END;
CREATE TRIGGER qr_codes_update AFTER UPDATE ON qr_codes
  BEGIN UPDATE content_versions SET version = version + 1 WHERE name = 'qr'; END;
CREATE TRIGGER qr_codes_delete AFTER DELETE ON qr_codes
  BEGIN UPDATE content_versions SET version = version + 1 WHERE name = 'qr'; END;
