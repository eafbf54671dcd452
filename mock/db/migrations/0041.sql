-- the console's staff lists have a version of their own
-- The 审计日志, the role grants and their audit, and the staff list are kept per this version
-- (mock/modules/admin/staff-version.ts): every write to the audit log, a grant, an invite, a
-- lab, or a user's nickname, from any process, moves it on. Service point names move the
-- catalog's version, read with it.
INSERT INTO content_versions (name, version) VALUES ('staff', 1);
CREATE TRIGGER admin_audit_staff_insert AFTER INSERT ON admin_audit
  BEGIN UPDATE content_versions SET version = version + 1 WHERE name = 'staff'; END;
CREATE TRIGGER admin_audit_staff_update AFTER UPDATE ON admin_audit
  BEGIN UPDATE content_versions SET version = version + 1 WHERE name = 'staff'; END;
CREATE TRIGGER admin_audit_staff_delete AFTER DELETE ON admin_audit
  BEGIN UPDATE content_versions SET version = version + 1 WHERE name = 'staff'; END;
CREATE TRIGGER role_grants_staff_insert AFTER INSERT ON role_grants
  BEGIN UPDATE content_versions SET version = version + 1 WHERE name = 'staff'; END;
CREATE TRIGGER role_grants_staff_update AFTER UPDATE ON role_grants
  BEGIN UPDATE content_versions SET version = version + 1 WHERE name = 'staff'; END;
CREATE TRIGGER role_grants_staff_delete AFTER DELETE ON role_grants
  BEGIN UPDATE content_versions SET version = version + 1 WHERE name = 'staff'; END;
CREATE TRIGGER staff_invites_staff_insert AFTER INSERT ON staff_invites
  BEGIN UPDATE content_versions SET version = version + 1 WHERE name = 'staff'; END;
CREATE TRIGGER staff_invites_staff_update AFTER UPDATE ON staff_invites
  BEGIN UPDATE content_versions SET version = version + 1 WHERE name = 'staff'; END;
CREATE TRIGGER staff_invites_staff_delete AFTER DELETE ON staff_invites
  BEGIN UPDATE content_versions SET version = version + 1 WHERE name = 'staff'; END;
CREATE TRIGGER labs_staff_insert AFTER INSERT ON labs
  BEGIN UPDATE content_versions SET version = version + 1 WHERE name = 'staff'; END;
CREATE TRIGGER labs_staff_update AFTER UPDATE ON labs
  BEGIN UPDATE content_versions SET version = version + 1 WHERE name = 'staff'; END;
CREATE TRIGGER labs_staff_delete AFTER DELETE ON labs
  BEGIN UPDATE content_versions SET version = version + 1 WHERE name = 'staff'; END;
-- A sign-in rewrites the nickname it already has: only a changed one moves the version.
CREATE TRIGGER users_staff_insert AFTER INSERT ON users
  BEGIN UPDATE content_versions SET version = version + 1 WHERE name = 'staff'; END;
CREATE TRIGGER users_staff_nickname AFTER UPDATE OF nickname ON users
  WHEN OLD.nickname IS NOT NEW.nickname
  BEGIN UPDATE content_versions SET version = version + 1 WHERE name = 'staff'; END;
CREATE TRIGGER users_staff_delete AFTER DELETE ON users
  BEGIN UPDATE content_versions SET version = version + 1 WHERE name = 'staff'; END;
