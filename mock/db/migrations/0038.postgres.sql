-- the catalog version also moves on with the service points and the materials library
CREATE TRIGGER service_points_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON service_points
  FOR EACH STATEMENT EXECUTE FUNCTION bump_catalog_version();
CREATE TRIGGER service_point_features_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON service_point_features
  FOR EACH STATEMENT EXECUTE FUNCTION bump_catalog_version();
CREATE TRIGGER catalog_materials_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON catalog_materials
  FOR EACH STATEMENT EXECUTE FUNCTION bump_catalog_version();
