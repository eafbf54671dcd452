-- the catalog run from the console: 立改废 dates, guide dates, import previews, previous versions
-- retired_on: the 废止 effective date (YYYY-MM-DD); from that day the item is gone from the app.
-- updated_on: the day the guide's content last changed (本指南更新于…).
ALTER TABLE catalog_items ADD COLUMN retired_on TEXT;
ALTER TABLE catalog_items ADD COLUMN updated_on TEXT;
-- One row once an administrator imported or edited: from then on the seed never replaces the catalog.
CREATE TABLE catalog_console (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  owned_at TEXT NOT NULL,
  owned_by TEXT
);
-- A parsed 实施清单 and its diff, applied only as previewed and only at the version it was made at.
CREATE TABLE catalog_imports (
  id TEXT PRIMARY KEY,
  actor_id TEXT NOT NULL,
  file_name TEXT NOT NULL,
  base_version INTEGER NOT NULL,
  changes_json TEXT NOT NULL,
  summary_json TEXT NOT NULL,
  created_at TEXT NOT NULL,
  applied_at TEXT
);
-- What an apply replaced (the item rows before it), so the previous version can be restored.
CREATE TABLE catalog_snapshots (
  id TEXT PRIMARY KEY,
  import_id TEXT NOT NULL REFERENCES catalog_imports(id),
  rows_json TEXT NOT NULL,
  created_at TEXT NOT NULL,
  restored_at TEXT
);
CREATE INDEX catalog_snapshots_created ON catalog_snapshots(created_at);
-- Bundles and materials are read through the same version-checked caches as items.
CREATE TRIGGER catalog_item_materials_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON catalog_item_materials
  FOR EACH STATEMENT EXECUTE FUNCTION bump_catalog_version();
CREATE TRIGGER catalog_bundles_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON catalog_bundles
  FOR EACH STATEMENT EXECUTE FUNCTION bump_catalog_version();
CREATE TRIGGER catalog_bundle_items_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON catalog_bundle_items
  FOR EACH STATEMENT EXECUTE FUNCTION bump_catalog_version();
