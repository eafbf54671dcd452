-- the catalog version also moves on with the service points and the materials library
CREATE TRIGGER service_points_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON service_points
  FOR EACH STATEMENT EXECUTE FUNCTION bump_catalog_version();
CREATE TRIGGER service_point_features_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON service_point_features
  FOR EACH STATEMENT EXECUTE FUNCTION bump_catalog_version();
CREATE TRIGGER catalog_materials_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON catalog_materials
  FOR EACH STATEMENT EXECUTE FUNCTION bump_catalog_version();
-- The 视频讲解 (videos and their chapters) have a version of their own, moved on the same way.
INSERT INTO content_versions (name, version) VALUES ('media', 1);
CREATE FUNCTION bump_media_version() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN UPDATE content_versions SET version = version + 1 WHERE name = 'media'; RETURN NULL; END $$;
CREATE TRIGGER media_videos_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON media_videos
  FOR EACH STATEMENT EXECUTE FUNCTION bump_media_version();
CREATE TRIGGER media_chapters_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON media_chapters
  FOR EACH STATEMENT EXECUTE FUNCTION bump_media_version();
