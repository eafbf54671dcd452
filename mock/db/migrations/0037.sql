-- search lexicon: the console's edits of the 政务 search lexicon (synonyms, aliases, bundle events)
-- One row, the whole edited part as a validated JSON document; the data file is the default while
-- there is none, and the seed never writes here. A save moves catalog_version on (in its
-- transaction), so every process rebuilds its search index with the lexicon in force.
CREATE TABLE search_lexicon (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  document TEXT NOT NULL,
  version INTEGER NOT NULL,
  edited_at TEXT NOT NULL,
  edited_by TEXT NOT NULL
);
