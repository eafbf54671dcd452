-- service points
CREATE TABLE service_points (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('center', 'street', 'community', 'bank', 'mall')),
  street TEXT NOT NULL,
  address TEXT NOT NULL,
  phone TEXT NOT NULL,
  latitude REAL NOT NULL,
  longitude REAL NOT NULL,
  hours_json TEXT NOT NULL,
  sort_order INTEGER NOT NULL
);
CREATE TABLE service_point_features (
  point_id TEXT NOT NULL REFERENCES service_points(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  feature TEXT NOT NULL,
  PRIMARY KEY (point_id, position)
);
