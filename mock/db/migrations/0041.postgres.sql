-- the console's staff lists have a version of their own
-- The 审计日志, the role grants and their audit, and the staff list are kept per this version
-- (mock/modules/admin/staff-version.ts): every write to the audit log, a grant, an invite, a
-- lab, or a user's nickname, from any process, moves it on. Service point names move the
-- catalog's version, read with it.
INSERT INTO content_versions (name, version) VALUES ('staff', 1);
CREATE FUNCTION bump_staff_version() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN UPDATE content_versions SET version = version + 1 WHERE name = 'staff'; RETURN NULL; END $$;
CREATE TRIGGER admin_audit_staff_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON admin_audit
  FOR EACH STATEMENT EXECUTE FUNCTION bump_staff_version();
CREATE TRIGGER role_grants_staff_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON role_grants
  FOR EACH STATEMENT EXECUTE FUNCTION bump_staff_version();
CREATE TRIGGER staff_invites_staff_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON staff_invites
  FOR EACH STATEMENT EXECUTE FUNCTION bump_staff_version();
CREATE TRIGGER labs_staff_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON labs
  FOR EACH STATEMENT EXECUTE FUNCTION bump_staff_version();
-- Per row for users: a sign-in rewrites the nickname it already has (an upsert), and only a
-- new account or a changed nickname moves the version.
CREATE TRIGGER users_staff_insert AFTER INSERT ON users
  FOR EACH ROW EXECUTE FUNCTION bump_staff_version();
CREATE TRIGGER users_staff_nickname AFTER UPDATE OF nickname ON users
  FOR EACH ROW WHEN (OLD.nickname IS DISTINCT FROM NEW.nickname) EXECUTE FUNCTION bump_staff_version();
CREATE TRIGGER users_staff_delete AFTER DELETE ON users
  FOR EACH ROW EXECUTE FUNCTION bump_staff_version();
CREATE TRIGGER users_staff_truncate AFTER TRUNCATE ON users
  FOR EACH STATEMENT EXECUTE FUNCTION bump_staff_version();
