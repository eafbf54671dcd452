-- the console's lists have a version of their own
-- The 审计日志, role grants and their audit, the staff list, labs, lawyers, loan products and
-- catalog snapshots are kept per this version (mock/modules/admin/console-version.ts): every
-- write to them or to a user's nickname, from any process, moves it on. Service point names move
-- the catalog's version, read with it.
INSERT INTO content_versions (name, version) VALUES ('console', 1);
CREATE TRIGGER admin_audit_console_insert AFTER INSERT ON admin_audit
  BEGIN UPDATE content_versions SET version = version + 1 WHERE name = 'console'; END;
CREATE TRIGGER admin_audit_console_update AFTER UPDATE ON admin_audit
  BEGIN UPDATE content_versions SET version = version + 1 WHERE name = 'console'; END;
CREATE TRIGGER admin_audit_console_delete AFTER DELETE ON admin_audit
  BEGIN UPDATE content_versions SET version = version + 1 WHERE name = 'console'; END;
CREATE TRIGGER role_grants_console_insert AFTER INSERT ON role_grants
  BEGIN UPDATE content_versions SET version = version + 1 WHERE name = 'console'; END;
CREATE TRIGGER role_grants_console_update AFTER UPDATE ON role_grants
  BEGIN UPDATE content_versions SET version = version + 1 WHERE name = 'console'; END;
CREATE TRIGGER role_grants_console_delete AFTER DELETE ON role_grants
  BEGIN UPDATE content_versions SET version = version + 1 WHERE name = 'console'; END;
CREATE TRIGGER staff_invites_console_insert AFTER INSERT ON staff_invites
  BEGIN UPDATE content_versions SET version = version + 1 WHERE name = 'console'; END;
CREATE TRIGGER staff_invites_console_update AFTER UPDATE ON staff_invites
  BEGIN UPDATE content_versions SET version = version + 1 WHERE name = 'console'; END;
CREATE TRIGGER staff_invites_console_delete AFTER DELETE ON staff_invites
  BEGIN UPDATE content_versions SET version = version + 1 WHERE name = 'console'; END;
CREATE TRIGGER labs_console_insert AFTER INSERT ON labs
  BEGIN UPDATE content_versions SET version = version + 1 WHERE name = 'console'; END;
CREATE TRIGGER labs_console_update AFTER UPDATE ON labs
  BEGIN UPDATE content_versions SET version = version + 1 WHERE name = 'console'; END;
CREATE TRIGGER labs_console_delete AFTER DELETE ON labs
  BEGIN UPDATE content_versions SET version = version + 1 WHERE name = 'console'; END;
CREATE TRIGGER lawyers_console_insert AFTER INSERT ON lawyers
  BEGIN UPDATE content_versions SET version = version + 1 WHERE name = 'console'; END;
CREATE TRIGGER lawyers_console_update AFTER UPDATE ON lawyers
  BEGIN UPDATE content_versions SET version = version + 1 WHERE name = 'console'; END;
CREATE TRIGGER lawyers_console_delete AFTER DELETE ON lawyers
  BEGIN UPDATE content_versions SET version = version + 1 WHERE name = 'console'; END;
CREATE TRIGGER loan_products_console_insert AFTER INSERT ON loan_products
  BEGIN UPDATE content_versions SET version = version + 1 WHERE name = 'console'; END;
CREATE TRIGGER loan_products_console_update AFTER UPDATE ON loan_products
  BEGIN UPDATE content_versions SET version = version + 1 WHERE name = 'console'; END;
CREATE TRIGGER loan_products_console_delete AFTER DELETE ON loan_products
  BEGIN UPDATE content_versions SET version = version + 1 WHERE name = 'console'; END;
CREATE TRIGGER catalog_snapshots_console_insert AFTER INSERT ON catalog_snapshots
  BEGIN UPDATE content_versions SET version = version + 1 WHERE name = 'console'; END;
CREATE TRIGGER catalog_snapshots_console_update AFTER UPDATE ON catalog_snapshots
  BEGIN UPDATE content_versions SET version = version + 1 WHERE name = 'console'; END;
CREATE TRIGGER catalog_snapshots_console_delete AFTER DELETE ON catalog_snapshots
  BEGIN UPDATE content_versions SET version = version + 1 WHERE name = 'console'; END;
CREATE TRIGGER catalog_imports_console_insert AFTER INSERT ON catalog_imports
  BEGIN UPDATE content_versions SET version = version + 1 WHERE name = 'console'; END;
CREATE TRIGGER catalog_imports_console_update AFTER UPDATE ON catalog_imports
  BEGIN UPDATE content_versions SET version = version + 1 WHERE name = 'console'; END;
CREATE TRIGGER catalog_imports_console_delete AFTER DELETE ON catalog_imports
  BEGIN UPDATE content_versions SET version = version + 1 WHERE name = 'console'; END;
-- A sign-in rewrites the nickname it already has: only a changed one moves the version.
CREATE TRIGGER users_console_insert AFTER INSERT ON users
  BEGIN UPDATE content_versions SET version = version + 1 WHERE name = 'console'; END;
CREATE TRIGGER users_console_nickname AFTER UPDATE OF nickname ON users
  WHEN OLD.nickname IS NOT NEW.nickname
  BEGIN UPDATE content_versions SET version = version + 1 WHERE name = 'console'; END;
CREATE TRIGGER users_console_delete AFTER DELETE ON users
  BEGIN UPDATE content_versions SET version = version + 1 WHERE name = 'console'; END;
