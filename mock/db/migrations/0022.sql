-- a catalog version moved on by every write to the tables item lists and facets count
-- Totals and facets are cached per version: a seed, import or edit from any process moves it
-- on, so a cached count is never served after the rows it counted changed.
CREATE TABLE catalog_version (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  version INTEGER NOT NULL
);
INSERT INTO catalog_version (id, version) VALUES (1, 1);
CREATE TRIGGER catalog_items_insert AFTER INSERT ON catalog_items
  BEGIN UPDATE catalog_version SET version = version + 1; END;
CREATE TRIGGER catalog_items_update AFTER UPDATE ON catalog_items
  BEGIN UPDATE catalog_version SET version = version + 1; END;
CREATE TRIGGER catalog_items_delete AFTER DELETE ON catalog_items
  BEGIN UPDATE catalog_version SET version = version + 1; END;
CREATE TRIGGER catalog_item_facets_insert AFTER INSERT ON catalog_item_facets
  BEGIN UPDATE catalog_version SET version = version + 1; END;
CREATE TRIGGER catalog_item_facets_update AFTER UPDATE ON catalog_item_facets
  BEGIN UPDATE catalog_version SET version = version + 1; END;
CREATE TRIGGER catalog_item_facets_delete AFTER DELETE ON catalog_item_facets
  BEGIN UPDATE catalog_version SET version = version + 1; END;
CREATE TRIGGER catalog_item_points_insert AFTER INSERT ON catalog_item_points
  BEGIN UPDATE catalog_version SET version = version + 1; END;
CREATE TRIGGER catalog_item_points_update AFTER UPDATE ON catalog_item_points
  BEGIN UPDATE catalog_version SET version = version + 1; END;
CREATE TRIGGER catalog_item_points_delete AFTER DELETE ON catalog_item_points
  BEGIN UPDATE catalog_version SET version = version + 1; END;
