-- 管理后台 content: labs become a table the console edits; lawyers, videos and live sessions remember a console edit (the seed leaves such rows alone)
CREATE TABLE labs (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  cma TEXT NOT NULL,
  address TEXT NOT NULL,
  phone TEXT NOT NULL,
  services_json TEXT NOT NULL,
  price_text TEXT NOT NULL,
  hours TEXT NOT NULL,
  -- sampling visits the lab takes per half day
  capacity INTEGER NOT NULL CHECK (capacity > 0),
  sample INTEGER NOT NULL CHECK (sample IN (0, 1)),
  sort_order INTEGER NOT NULL,
  hidden_at TEXT,
  edited_at TEXT
);
ALTER TABLE lawyers ADD COLUMN phone TEXT;
ALTER TABLE lawyers ADD COLUMN licence_no TEXT;
ALTER TABLE lawyers ADD COLUMN paused_at TEXT;
ALTER TABLE lawyers ADD COLUMN edited_at TEXT;
ALTER TABLE media_videos ADD COLUMN hidden_at TEXT;
ALTER TABLE media_videos ADD COLUMN edited_at TEXT;
ALTER TABLE live_sessions ADD COLUMN cancelled_at TEXT;
ALTER TABLE live_sessions ADD COLUMN edited_at TEXT;
