-- media: the tutorial departments listed from an index (the videos page read every tutorial row for them)
CREATE INDEX media_videos_departments ON media_videos(kind, department, sort_order);
