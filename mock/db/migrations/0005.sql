-- service catalog, bundles and favourites
CREATE TABLE catalog_items (
  id TEXT PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  type TEXT NOT NULL CHECK (type IN ('application', 'public_service', 'ex_officio')),
  category TEXT NOT NULL,
  department TEXT NOT NULL,
  audiences_json TEXT NOT NULL,
  scenes_json TEXT NOT NULL,
  scopes_json TEXT NOT NULL,
  keywords_json TEXT NOT NULL,
  promised_days INTEGER NOT NULL,
  legal_days INTEGER,
  visits INTEGER NOT NULL,
  online INTEGER NOT NULL,
  popularity INTEGER NOT NULL,
  sort_order INTEGER NOT NULL,
  guide_json TEXT NOT NULL
);
CREATE INDEX catalog_items_department ON catalog_items(department);
CREATE INDEX catalog_items_order ON catalog_items(popularity DESC, sort_order);
CREATE TABLE catalog_item_facets (
  item_id TEXT NOT NULL REFERENCES catalog_items(id) ON DELETE CASCADE,
  facet TEXT NOT NULL CHECK (facet IN ('audience', 'scene', 'scope')),
  value TEXT NOT NULL,
  PRIMARY KEY (facet, value, item_id)
);
CREATE TABLE catalog_materials (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  form TEXT NOT NULL,
  copies INTEGER NOT NULL,
  ecert INTEGER NOT NULL,
  sample TEXT,
  note TEXT
);
CREATE TABLE catalog_item_materials (
  item_id TEXT NOT NULL REFERENCES catalog_items(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  material_id TEXT NOT NULL REFERENCES catalog_materials(id),
  required INTEGER NOT NULL,
  copies INTEGER NOT NULL,
  form TEXT NOT NULL,
  note TEXT,
  PRIMARY KEY (item_id, position)
);
CREATE TABLE catalog_item_points (
  item_id TEXT NOT NULL REFERENCES catalog_items(id) ON DELETE CASCADE,
  point_id TEXT NOT NULL REFERENCES service_points(id),
  window TEXT NOT NULL,
  PRIMARY KEY (point_id, item_id)
);
CREATE INDEX catalog_item_points_item ON catalog_item_points(item_id);
CREATE TABLE catalog_bundles (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  scene TEXT NOT NULL,
  audience TEXT NOT NULL,
  description TEXT NOT NULL,
  promised_days INTEGER NOT NULL,
  visits INTEGER NOT NULL,
  sort_order INTEGER NOT NULL
);
CREATE TABLE catalog_bundle_items (
  bundle_id TEXT NOT NULL REFERENCES catalog_bundles(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  item_id TEXT NOT NULL REFERENCES catalog_items(id),
  PRIMARY KEY (bundle_id, position)
);
CREATE TABLE seed_versions (name TEXT PRIMARY KEY, hash TEXT NOT NULL);
-- No foreign key to catalog_items: a re-seeded catalog must not delete users' favourites.
CREATE TABLE favorites (
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  item_id TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (user_id, item_id)
);
