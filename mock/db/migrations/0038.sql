-- the catalog version also moves on with the service points and the materials library
-- Lists and guides show point names, hours and features and material names: they are cached per
-- catalog version (mock/modules/catalog/version-cache.ts), so a console edit or a seed from any
-- process must move the version on as a catalog edit does.
CREATE TRIGGER service_points_insert AFTER INSERT ON service_points
  BEGIN UPDATE catalog_version SET version = version + 1; END;
CREATE TRIGGER service_points_update AFTER UPDATE ON service_points
  BEGIN UPDATE catalog_version SET version = version + 1; END;
CREATE TRIGGER service_points_delete AFTER DELETE ON service_points
  BEGIN UPDATE catalog_version SET version = version + 1; END;
CREATE TRIGGER service_point_features_insert AFTER INSERT ON service_point_features
  BEGIN UPDATE catalog_version SET version = version + 1; END;
CREATE TRIGGER service_point_features_update AFTER UPDATE ON service_point_features
  BEGIN UPDATE catalog_version SET version = version + 1; END;
CREATE TRIGGER service_point_features_delete AFTER DELETE ON service_point_features
  BEGIN UPDATE catalog_version SET version = version + 1; END;
CREATE TRIGGER catalog_materials_insert AFTER INSERT ON catalog_materials
  BEGIN UPDATE catalog_version SET version = version + 1; END;
CREATE TRIGGER catalog_materials_update AFTER UPDATE ON catalog_materials
  BEGIN UPDATE catalog_version SET version = version + 1; END;
CREATE TRIGGER catalog_materials_delete AFTER DELETE ON catalog_materials
  BEGIN UPDATE catalog_version SET version = version + 1; END;
-- The 视频讲解 (videos and their chapters) have a version of their own, moved on the same way.
INSERT INTO content_versions (name, version) VALUES ('media', 1);
CREATE TRIGGER media_videos_insert AFTER INSERT ON media_videos
  BEGIN UPDATE content_versions SET version = version + 1 WHERE name = 'media'; END;
CREATE TRIGGER media_videos_update AFTER UPDATE ON media_videos
  BEGIN UPDATE content_versions SET version = version + 1 WHERE name = 'media'; END;
CREATE TRIGGER media_videos_delete AFTER DELETE ON media_videos
  BEGIN UPDATE content_versions SET version = version + 1 WHERE name = 'media'; END;
CREATE TRIGGER media_chapters_insert AFTER INSERT ON media_chapters
  BEGIN UPDATE content_versions SET version = version + 1 WHERE name = 'media'; END;
CREATE TRIGGER media_chapters_update AFTER UPDATE ON media_chapters
  BEGIN UPDATE content_versions SET version = version + 1 WHERE name = 'media'; END;
CREATE TRIGGER media_chapters_delete AFTER DELETE ON media_chapters
  BEGIN UPDATE content_versions SET version = version + 1 WHERE name = 'media'; END;
