-- a catalog version moved on by every write to the tables item lists and facets count
CREATE TABLE catalog_version (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  version INTEGER NOT NULL
);
INSERT INTO catalog_version (id, version) VALUES (1, 1);
CREATE FUNCTION bump_catalog_version() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN UPDATE catalog_version SET version = version + 1; RETURN NULL; END $$;
CREATE TRIGGER catalog_items_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON catalog_items
  FOR EACH STATEMENT EXECUTE FUNCTION bump_catalog_version();
CREATE TRIGGER catalog_item_facets_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON catalog_item_facets
  FOR EACH STATEMENT EXECUTE FUNCTION bump_catalog_version();
CREATE TRIGGER catalog_item_points_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON catalog_item_points
  FOR EACH STATEMENT EXECUTE FUNCTION bump_catalog_version();
