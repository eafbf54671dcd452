-- catalog items generated as samples are marked until the district replaces them
ALTER TABLE catalog_items ADD COLUMN sample INTEGER NOT NULL DEFAULT 0;
