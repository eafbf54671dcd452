-- the console's lists have a version of their own
-- The 审计日志, role grants and their audit, the staff list, labs, lawyers, loan products and
-- catalog snapshots are kept per this version (mock/modules/admin/console-version.ts): every
-- write to them or to a user's nickname, from any process, moves it on. Service point names move
-- the catalog's version, read with it.
INSERT INTO content_versions (name, version) VALUES ('console', 1);
CREATE FUNCTION bump_console_version() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN UPDATE content_versions SET version = version + 1 WHERE name = 'console'; RETURN NULL; END $$;
CREATE TRIGGER admin_audit_console_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON admin_audit
  FOR EACH STATEMENT EXECUTE FUNCTION bump_console_version();
CREATE TRIGGER role_grants_console_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON role_grants
  FOR EACH STATEMENT EXECUTE FUNCTION bump_console_version();
CREATE TRIGGER staff_invites_console_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON staff_invites
  FOR EACH STATEMENT EXECUTE FUNCTION bump_console_version();
CREATE TRIGGER labs_console_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON labs
  FOR EACH STATEMENT EXECUTE FUNCTION bump_console_version();
CREATE TRIGGER lawyers_console_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON lawyers
  FOR EACH STATEMENT EXECUTE FUNCTION bump_console_version();
CREATE TRIGGER loan_products_console_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON loan_products
  FOR EACH STATEMENT EXECUTE FUNCTION bump_console_version();
CREATE TRIGGER catalog_snapshots_console_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON catalog_snapshots
  FOR EACH STATEMENT EXECUTE FUNCTION bump_console_version();
CREATE TRIGGER catalog_imports_console_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON catalog_imports
  FOR EACH STATEMENT EXECUTE FUNCTION bump_console_version();
-- Per row for users: a sign-in rewrites the nickname it already has (an upsert), and only a
-- new account or a changed nickname moves the version.
CREATE TRIGGER users_console_insert AFTER INSERT ON users
  FOR EACH ROW EXECUTE FUNCTION bump_console_version();
CREATE TRIGGER users_console_nickname AFTER UPDATE OF nickname ON users
  FOR EACH ROW WHEN (OLD.nickname IS DISTINCT FROM NEW.nickname) EXECUTE FUNCTION bump_console_version();
CREATE TRIGGER users_console_delete AFTER DELETE ON users
  FOR EACH ROW EXECUTE FUNCTION bump_console_version();
CREATE TRIGGER users_console_truncate AFTER TRUNCATE ON users
  FOR EACH STATEMENT EXECUTE FUNCTION bump_console_version();
