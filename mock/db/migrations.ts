import type Database from 'better-sqlite3'

interface Migration {
  version: number
  name: string
  sql: string
  /** PostgreSQL's text where it differs from SQLite's (versions after the PostgreSQL baseline). */
  postgres?: string
}

/** Append only: a shipped migration is never edited, a change is a new version. */
export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'users and sessions',
    sql: `
      CREATE TABLE users (
        id TEXT PRIMARY KEY,
        openid TEXT NOT NULL UNIQUE,
        nickname TEXT NOT NULL,
        role TEXT NOT NULL DEFAULT 'resident' CHECK (role IN ('resident', 'staff')),
        real_name TEXT,
        id_number TEXT,
        created_at TEXT NOT NULL,
        CHECK ((real_name IS NULL) = (id_number IS NULL))
      );
      CREATE TABLE sessions (
        token_hash TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL
      );
      CREATE INDEX sessions_user ON sessions(user_id);
      CREATE INDEX sessions_expiry ON sessions(expires_at);`,
  },
  {
    version: 2,
    name: 'enterprises and active identity',
    sql: `
      CREATE TABLE enterprises (
        id TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        uscc TEXT NOT NULL,
        created_at TEXT NOT NULL,
        UNIQUE (user_id, uscc)
      );
      ALTER TABLE users ADD COLUMN active_enterprise_id TEXT
        REFERENCES enterprises(id) ON DELETE SET NULL;`,
  },
  {
    version: 3,
    name: 'privacy consents and idempotency keys',
    sql: `
      CREATE TABLE privacy_consents (
        id TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        version TEXT NOT NULL,
        channel TEXT NOT NULL CHECK (channel IN ('weapp', 'h5')),
        agreed_at TEXT NOT NULL
      );
      CREATE INDEX privacy_consents_user ON privacy_consents(user_id);
      CREATE TABLE idempotency_keys (
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        key TEXT NOT NULL,
        request_hash TEXT NOT NULL,
        status_code INTEGER NOT NULL,
        response_body TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (user_id, key)
      );
      CREATE INDEX idempotency_keys_created ON idempotency_keys(created_at);`,
  },
  {
    version: 4,
    name: 'service points',
    sql: `
      CREATE TABLE service_points (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('center', 'street', 'community', 'bank', 'mall')),
        street TEXT NOT NULL,
        address TEXT NOT NULL,
        phone TEXT NOT NULL,
        latitude REAL NOT NULL,
        longitude REAL NOT NULL,
        hours_json TEXT NOT NULL,
        sort_order INTEGER NOT NULL
      );
      CREATE TABLE service_point_features (
        point_id TEXT NOT NULL REFERENCES service_points(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        feature TEXT NOT NULL,
        PRIMARY KEY (point_id, position)
      );`,
  },
  {
    version: 5,
    name: 'service catalog, bundles and favourites',
    sql: `
      CREATE TABLE catalog_items (
        id TEXT PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        type TEXT NOT NULL CHECK (type IN ('application', 'public_service', 'ex_officio')),
        category TEXT NOT NULL,
        department TEXT NOT NULL,
        audiences_json TEXT NOT NULL,
        scenes_json TEXT NOT NULL,
        scopes_json TEXT NOT NULL,
        keywords_json TEXT NOT NULL,
        promised_days INTEGER NOT NULL,
        legal_days INTEGER,
        visits INTEGER NOT NULL,
        online INTEGER NOT NULL,
        popularity INTEGER NOT NULL,
        sort_order INTEGER NOT NULL,
        guide_json TEXT NOT NULL
      );
      CREATE INDEX catalog_items_department ON catalog_items(department);
      CREATE INDEX catalog_items_order ON catalog_items(popularity DESC, sort_order);
      CREATE TABLE catalog_item_facets (
        item_id TEXT NOT NULL REFERENCES catalog_items(id) ON DELETE CASCADE,
        facet TEXT NOT NULL CHECK (facet IN ('audience', 'scene', 'scope')),
        value TEXT NOT NULL,
        PRIMARY KEY (facet, value, item_id)
      );
      CREATE TABLE catalog_materials (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        form TEXT NOT NULL,
        copies INTEGER NOT NULL,
        ecert INTEGER NOT NULL,
        sample TEXT,
        note TEXT
      );
      CREATE TABLE catalog_item_materials (
        item_id TEXT NOT NULL REFERENCES catalog_items(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        material_id TEXT NOT NULL REFERENCES catalog_materials(id),
        required INTEGER NOT NULL,
        copies INTEGER NOT NULL,
        form TEXT NOT NULL,
        note TEXT,
        PRIMARY KEY (item_id, position)
      );
      CREATE TABLE catalog_item_points (
        item_id TEXT NOT NULL REFERENCES catalog_items(id) ON DELETE CASCADE,
        point_id TEXT NOT NULL REFERENCES service_points(id),
        window TEXT NOT NULL,
        PRIMARY KEY (point_id, item_id)
      );
      CREATE INDEX catalog_item_points_item ON catalog_item_points(item_id);
      CREATE TABLE catalog_bundles (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        scene TEXT NOT NULL,
        audience TEXT NOT NULL,
        description TEXT NOT NULL,
        promised_days INTEGER NOT NULL,
        visits INTEGER NOT NULL,
        sort_order INTEGER NOT NULL
      );
      CREATE TABLE catalog_bundle_items (
        bundle_id TEXT NOT NULL REFERENCES catalog_bundles(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        item_id TEXT NOT NULL REFERENCES catalog_items(id),
        PRIMARY KEY (bundle_id, position)
      );
      CREATE TABLE seed_versions (name TEXT PRIMARY KEY, hash TEXT NOT NULL);
      -- No foreign key to catalog_items: a re-seeded catalog must not delete users' favourites.
      CREATE TABLE favorites (
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        item_id TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (user_id, item_id)
      );`,
  },
  {
    version: 6,
    name: 'appointments',
    sql: `
      -- No foreign key to the catalog: a re-seeded catalog must not delete anyone's booking.
      CREATE TABLE appointments (
        id TEXT PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        item_id TEXT NOT NULL,
        point_id TEXT NOT NULL,
        day TEXT NOT NULL,
        time TEXT NOT NULL,
        slot_start TEXT NOT NULL,
        slot_end TEXT NOT NULL,
        name TEXT NOT NULL,
        phone TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'booked' CHECK (status IN ('booked', 'arrived', 'cancelled')),
        queue_number INTEGER,
        created_at TEXT NOT NULL,
        cancelled_at TEXT,
        arrived_at TEXT,
        CHECK ((status = 'arrived') = (queue_number IS NOT NULL))
      );
      CREATE INDEX appointments_slot ON appointments(point_id, slot_start) WHERE status <> 'cancelled';
      CREATE INDEX appointments_user ON appointments(user_id, slot_start);
      -- At most one active booking per user, item and day, whatever the code path.
      CREATE UNIQUE INDEX appointments_one_per_day ON appointments(user_id, item_id, day)
        WHERE status <> 'cancelled';
      CREATE UNIQUE INDEX appointments_queue ON appointments(point_id, day, queue_number)
        WHERE queue_number IS NOT NULL;`,
  },
  {
    version: 7,
    name: 'policy matching',
    sql: `
      -- The form as typed (strings, blank = unknown): facts are derived on read, so a fact
      -- that depends on today (成立时间) never goes stale.
      CREATE TABLE enterprise_profiles (
        enterprise_id TEXT PRIMARY KEY REFERENCES enterprises(id) ON DELETE CASCADE,
        form_json TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE TABLE policy_prereviews (
        id TEXT PRIMARY KEY,
        enterprise_id TEXT NOT NULL REFERENCES enterprises(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('policy', 'annual_report')),
        policy_id TEXT,
        title TEXT NOT NULL,
        outcome TEXT NOT NULL CHECK (outcome IN ('pass', 'fail', 'need_info')),
        reasons_json TEXT NOT NULL,
        next_steps_json TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE INDEX policy_prereviews_enterprise ON policy_prereviews(enterprise_id, created_at);
      CREATE TABLE policy_subscriptions (
        enterprise_id TEXT PRIMARY KEY REFERENCES enterprises(id) ON DELETE CASCADE,
        since TEXT NOT NULL
      );`,
  },
  {
    version: 8,
    name: 'legal consultations and lawyers; utility accounts, bills and payments; loan applications; telecom requests; sampling bookings',
    sql: `
      CREATE TABLE lawyers (
        id TEXT PRIMARY KEY,
        user_id TEXT NOT NULL UNIQUE REFERENCES users(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        firm TEXT NOT NULL,
        specialties_json TEXT NOT NULL,
        years INTEGER NOT NULL,
        intro TEXT NOT NULL,
        sort_order INTEGER NOT NULL
      );
      CREATE TABLE legal_consultations (
        id TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        lawyer_id TEXT NOT NULL REFERENCES lawyers(id),
        topic TEXT NOT NULL,
        title TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('waiting', 'answered')),
        user_unread INTEGER NOT NULL DEFAULT 0 CHECK (user_unread IN (0, 1)),
        lawyer_unread INTEGER NOT NULL DEFAULT 1 CHECK (lawyer_unread IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX legal_consultations_user ON legal_consultations(user_id, updated_at);
      CREATE INDEX legal_consultations_lawyer ON legal_consultations(lawyer_id, updated_at);
      CREATE TABLE legal_messages (
        id TEXT PRIMARY KEY,
        consultation_id TEXT NOT NULL REFERENCES legal_consultations(id) ON DELETE CASCADE,
        author TEXT NOT NULL CHECK (author IN ('user', 'lawyer')),
        body TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE INDEX legal_messages_thread ON legal_messages(consultation_id, created_at);

      CREATE TABLE utility_accounts (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('water', 'power', 'gas', 'heating')),
        number TEXT NOT NULL,
        holder TEXT NOT NULL,
        address TEXT NOT NULL,
        UNIQUE (kind, number)
      );
      -- Reference data like the catalog: no foreign key from user rows, so a reseed keeps them.
      CREATE TABLE utility_bills (
        id TEXT PRIMARY KEY,
        account_id TEXT NOT NULL,
        period TEXT NOT NULL,
        description TEXT NOT NULL,
        amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
        due_date TEXT NOT NULL,
        UNIQUE (account_id, period)
      );
      CREATE TABLE utility_bindings (
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        account_id TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (user_id, account_id)
      );
      -- One payment per bill, whatever the code path: paying twice is impossible.
      CREATE TABLE utility_payments (
        id TEXT PRIMARY KEY,
        bill_id TEXT NOT NULL UNIQUE,
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        amount_cents INTEGER NOT NULL,
        receipt_no TEXT NOT NULL UNIQUE,
        channel TEXT NOT NULL CHECK (channel = 'sandbox'),
        paid_at TEXT NOT NULL
      );

      CREATE TABLE bank_staff (
        user_id TEXT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        bank_id TEXT NOT NULL
      );
      CREATE TABLE loan_applications (
        id TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        enterprise_name TEXT NOT NULL,
        product_id TEXT NOT NULL,
        bank_id TEXT NOT NULL,
        amount REAL NOT NULL CHECK (amount > 0),
        purpose TEXT NOT NULL,
        grade TEXT NOT NULL CHECK (grade IN ('A', 'B', 'C', 'D')),
        status TEXT NOT NULL DEFAULT 'submitted'
          CHECK (status IN ('submitted', 'accepted', 'declined')),
        decision_note TEXT,
        created_at TEXT NOT NULL,
        decided_at TEXT
      );
      CREATE INDEX loan_applications_user ON loan_applications(user_id, created_at);
      CREATE INDEX loan_applications_bank ON loan_applications(bank_id, created_at);

      CREATE TABLE telecom_requests (
        id TEXT PRIMARY KEY,
        ref_no TEXT NOT NULL UNIQUE,
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        plan_id TEXT NOT NULL,
        contact TEXT NOT NULL,
        phone TEXT NOT NULL,
        address TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE INDEX telecom_requests_user ON telecom_requests(user_id, created_at);

      CREATE TABLE lab_staff (
        user_id TEXT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        lab_id TEXT NOT NULL
      );
      CREATE TABLE sampling_bookings (
        id TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        lab_id TEXT NOT NULL,
        service TEXT NOT NULL CHECK (service IN ('air', 'product')),
        day TEXT NOT NULL,
        slot TEXT NOT NULL CHECK (slot IN ('am', 'pm')),
        address TEXT NOT NULL,
        contact TEXT NOT NULL,
        phone TEXT NOT NULL,
        report_json TEXT,
        created_at TEXT NOT NULL
      );
      CREATE INDEX sampling_bookings_user ON sampling_bookings(user_id, created_at);
      CREATE INDEX sampling_bookings_lab ON sampling_bookings(lab_id, day);`,
  },
  {
    version: 9,
    name: 'booking contact and reminders',
    sql: `
      -- The booker's last name and phone, offered (masked) the next time they book.
      ALTER TABLE users ADD COLUMN contact_name TEXT;
      ALTER TABLE users ADD COLUMN contact_phone TEXT;
      ALTER TABLE appointments ADD COLUMN reminder TEXT NOT NULL DEFAULT 'none'
        CHECK (reminder IN ('wechat', 'none'));
      ALTER TABLE appointments ADD COLUMN reminded_at TEXT;`,
  },
  {
    version: 10,
    name: 'cases (一键代办), uploads and 帮办员',
    sql: `
      CREATE TABLE uploads (
        id TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        mime TEXT NOT NULL CHECK (mime IN ('image/jpeg', 'image/png', 'application/pdf')),
        size INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        width INTEGER,
        height INTEGER,
        -- relative to the upload directory: content-addressed, so one file stored once
        stored_as TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE INDEX uploads_user ON uploads(user_id, created_at);
      -- 帮办员: staff users who take over 一键代办 cases, by name and desk.
      CREATE TABLE case_helpers (
        user_id TEXT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        desk TEXT NOT NULL,
        phone TEXT NOT NULL,
        active INTEGER NOT NULL DEFAULT 1
      );
      CREATE TABLE cases (
        id TEXT PRIMARY KEY,
        number TEXT NOT NULL UNIQUE,
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        source_kind TEXT NOT NULL CHECK (source_kind IN ('item', 'bundle')),
        source_id TEXT NOT NULL,
        title TEXT NOT NULL,
        promised_days INTEGER NOT NULL,
        status TEXT NOT NULL
          CHECK (status IN ('submitted', 'correction', 'accepted', 'finished', 'refused')),
        helper_id TEXT REFERENCES case_helpers(user_id),
        applicant TEXT NOT NULL,
        fields_json TEXT NOT NULL,
        materials_json TEXT NOT NULL,
        corrections_json TEXT NOT NULL DEFAULT '[]',
        result TEXT,
        submitted_at TEXT NOT NULL,
        accepted_at TEXT,
        deadline TEXT,
        closed_at TEXT,
        updated_at TEXT NOT NULL,
        -- 好差评: 1 非常不满意 … 5 非常满意; a rating of 1 or 2 is followed up by the 帮办员
        rating INTEGER CHECK (rating BETWEEN 1 AND 5),
        rating_comment TEXT,
        rated_at TEXT,
        follow_up TEXT,
        followed_up_at TEXT
      );
      CREATE INDEX cases_user ON cases(user_id, submitted_at);
      CREATE INDEX cases_helper ON cases(helper_id, status);
      CREATE TABLE case_events (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        event TEXT NOT NULL,
        actor TEXT NOT NULL,
        note TEXT NOT NULL
      );
      CREATE INDEX case_events_case ON case_events(case_id, id);
      -- 投诉建议: about a case (filled in from it) or about the service in general.
      CREATE TABLE complaints (
        id TEXT PRIMARY KEY,
        number TEXT NOT NULL UNIQUE,
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('complaint', 'suggestion')),
        case_id TEXT REFERENCES cases(id) ON DELETE SET NULL,
        content TEXT NOT NULL,
        phone TEXT,
        reply_due TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE INDEX complaints_user ON complaints(user_id, created_at);`,
  },
  {
    version: 11,
    name: '一码通 codes, scans, zones, queue tickets and campaigns',
    sql: `
      CREATE TABLE app_secrets (name TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE qr_zones (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        point_id TEXT NOT NULL,
        description TEXT NOT NULL,
        sort_order INTEGER NOT NULL
      );
      -- One row per printed code; its id is the payload's id, so revoking it stops the code.
      CREATE TABLE qr_codes (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('guide', 'queue', 'zone', 'campaign')),
        target_id TEXT NOT NULL,
        title TEXT NOT NULL,
        zone_id TEXT REFERENCES qr_zones(id),
        position INTEGER NOT NULL DEFAULT 0,
        expires_at TEXT,
        revoked_at TEXT,
        created_at TEXT NOT NULL
      );
      CREATE INDEX qr_codes_zone ON qr_codes(zone_id, position);
      CREATE TABLE qr_scans (
        id TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        official INTEGER NOT NULL,
        title TEXT NOT NULL,
        at TEXT NOT NULL
      );
      CREATE INDEX qr_scans_user ON qr_scans(user_id, at);
      CREATE TABLE queue_tickets (
        id TEXT PRIMARY KEY,
        point_id TEXT NOT NULL,
        day TEXT NOT NULL,
        number INTEGER NOT NULL,
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        status TEXT NOT NULL DEFAULT 'waiting' CHECK (status IN ('waiting', 'called')),
        taken_at TEXT NOT NULL,
        called_at TEXT,
        UNIQUE (point_id, day, number)
      );
      CREATE TABLE campaigns (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        description TEXT NOT NULL,
        benefits_json TEXT NOT NULL
      );
      CREATE TABLE campaign_claims (
        campaign_id TEXT NOT NULL REFERENCES campaigns(id),
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        claimed_at TEXT NOT NULL,
        PRIMARY KEY (campaign_id, user_id)
      );`,
  },
  {
    version: 12,
    name: '电子证照库 and the blur score of uploaded photos',
    sql: `
      -- Keyed by the holder's 居民身份证号 or 统一社会信用代码, not by app user: a licence exists
      -- before anyone signs in, and shows up for whoever proves to be its holder.
      CREATE TABLE licences (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN
          ('id_card', 'business_license', 'doctor_cert', 'nurse_cert', 'property_cert', 'food_permit')),
        holder_kind TEXT NOT NULL CHECK (holder_kind IN ('person', 'enterprise')),
        holder_code TEXT NOT NULL,
        holder_name TEXT NOT NULL,
        number TEXT NOT NULL,
        issuer TEXT NOT NULL,
        issued_on TEXT NOT NULL,
        valid_until TEXT,
        facts_json TEXT NOT NULL DEFAULT '[]',
        UNIQUE (kind, number)
      );
      CREATE INDEX licences_holder ON licences(holder_code);
      ALTER TABLE uploads ADD COLUMN sharpness REAL;`,
  },
  {
    version: 13,
    name: 'media: 视频讲解 with chapters, 政务直播 schedule and 开播提醒',
    sql: `
      CREATE TABLE media_videos (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('tutorial', 'replay')),
        title TEXT NOT NULL,
        department TEXT NOT NULL,
        description TEXT NOT NULL,
        clip TEXT NOT NULL,
        duration_sec REAL NOT NULL,
        sort_order INTEGER NOT NULL
      );
      CREATE INDEX media_videos_list ON media_videos(kind, sort_order);
      CREATE TABLE media_chapters (
        video_id TEXT NOT NULL REFERENCES media_videos(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        title TEXT NOT NULL,
        start_sec REAL NOT NULL,
        link_kind TEXT NOT NULL CHECK (link_kind IN ('item', 'bundle')),
        link_id TEXT NOT NULL,
        link_name TEXT NOT NULL,
        PRIMARY KEY (video_id, idx)
      );
      CREATE INDEX media_chapters_link ON media_chapters(link_id);
      -- Times are absolute; the seed lays the schedule out around the server clock.
      CREATE TABLE live_sessions (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        topic TEXT NOT NULL,
        host_department TEXT NOT NULL,
        starts_at TEXT NOT NULL,
        ends_at TEXT NOT NULL,
        feed_clip TEXT NOT NULL,
        replay_video_id TEXT NOT NULL REFERENCES media_videos(id)
      );
      CREATE TABLE live_subscriptions (
        session_id TEXT NOT NULL REFERENCES live_sessions(id) ON DELETE CASCADE,
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        channel TEXT NOT NULL CHECK (channel IN ('app', 'wechat')),
        created_at TEXT NOT NULL,
        reminded_at TEXT,
        PRIMARY KEY (session_id, user_id)
      );`,
  },
  {
    version: 14,
    name: '亲情代办 grants and their audit trail',
    sql: `
      -- A grant is scoped to items and time; the grantee is bound when the code is claimed.
      CREATE TABLE proxy_grants (
        id TEXT PRIMARY KEY,
        grantor_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        grantee_kind TEXT NOT NULL CHECK (grantee_kind IN ('relative', 'helper')),
        grantee_name TEXT NOT NULL,
        relation TEXT NOT NULL,
        grantee_id TEXT REFERENCES users(id) ON DELETE CASCADE,
        item_ids_json TEXT NOT NULL,
        days INTEGER NOT NULL,
        valid_until TEXT NOT NULL,
        claim_digits TEXT NOT NULL UNIQUE,
        claim_qr_id TEXT NOT NULL UNIQUE,
        code_expires_at TEXT NOT NULL,
        created_at TEXT NOT NULL,
        claimed_at TEXT,
        revoked_at TEXT
      );
      CREATE INDEX proxy_grants_grantor ON proxy_grants(grantor_id, created_at);
      CREATE INDEX proxy_grants_grantee ON proxy_grants(grantee_id, claimed_at);
      CREATE TABLE proxy_audit (
        id TEXT PRIMARY KEY,
        grant_id TEXT NOT NULL REFERENCES proxy_grants(id) ON DELETE CASCADE,
        actor_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        action TEXT NOT NULL
          CHECK (action IN ('granted', 'claimed', 'booked', 'applied', 'revoked')),
        item_id TEXT,
        target_id TEXT,
        at TEXT NOT NULL
      );
      CREATE INDEX proxy_audit_grant ON proxy_audit(grant_id, at);
      CREATE INDEX proxy_audit_target ON proxy_audit(target_id);`,
  },
  {
    version: 15,
    name: 'staff role grants with scope, and their audit trail',
    sql: `
      -- The single source of authorisation for staff work. lawyers and case_helpers stay as the
      -- staff member's profile (name, firm, desk); they no longer grant anything by themselves.
      CREATE TABLE role_grants (
        id TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('window', 'helper', 'lawyer', 'bank', 'lab', 'admin')),
        -- a service point, a bank or a lab id, by kind; no scope for the others
        scope_id TEXT,
        granted_by TEXT REFERENCES users(id) ON DELETE SET NULL,
        granted_at TEXT NOT NULL,
        revoked_at TEXT,
        revoked_by TEXT REFERENCES users(id) ON DELETE SET NULL,
        CHECK ((kind IN ('window', 'bank', 'lab')) = (scope_id IS NOT NULL))
      );
      CREATE UNIQUE INDEX role_grants_live ON role_grants(user_id, kind, IFNULL(scope_id, ''))
        WHERE revoked_at IS NULL;
      CREATE INDEX role_grants_scope ON role_grants(kind, scope_id);
      -- actor_id NULL: the seed or this migration. before/after: the grant as JSON, NULL when absent.
      CREATE TABLE role_audit (
        id TEXT PRIMARY KEY,
        grant_id TEXT NOT NULL REFERENCES role_grants(id) ON DELETE CASCADE,
        actor_id TEXT REFERENCES users(id) ON DELETE SET NULL,
        action TEXT NOT NULL CHECK (action IN ('granted', 'revoked')),
        before_json TEXT,
        after_json TEXT,
        at TEXT NOT NULL
      );
      CREATE INDEX role_audit_at ON role_audit(at);
      CREATE INDEX role_audit_grant ON role_audit(grant_id);

      CREATE TEMP TABLE migrated_grants (user_id TEXT, kind TEXT, scope_id TEXT);
      INSERT INTO migrated_grants
        SELECT user_id, 'lawyer', NULL FROM lawyers
        UNION SELECT user_id, 'helper', NULL FROM case_helpers WHERE active = 1
        UNION SELECT user_id, 'bank', bank_id FROM bank_staff
        UNION SELECT user_id, 'lab', lab_id FROM lab_staff
        -- Staff with no other desk could only check bookings in: the seeded 综合窗口 of the centre.
        UNION SELECT id, 'window', 'sp-qs-center' FROM users WHERE role = 'staff'
          AND id NOT IN (SELECT user_id FROM lawyers UNION SELECT user_id FROM case_helpers
            UNION SELECT user_id FROM bank_staff UNION SELECT user_id FROM lab_staff);
      INSERT INTO role_grants (id, user_id, kind, scope_id, granted_at)
        SELECT lower(hex(randomblob(16))), user_id, kind, scope_id,
          strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM migrated_grants;
      INSERT INTO role_audit (id, grant_id, action, after_json, at)
        SELECT lower(hex(randomblob(16))), id, 'granted',
          json_object('userId', user_id, 'kind', kind, 'scopeId', scope_id, 'revokedAt', NULL),
          granted_at
        FROM role_grants;
      DROP TABLE migrated_grants;
      -- These held nothing but the scope, which the grant now holds: one source, not two.
      DROP TABLE bank_staff;
      DROP TABLE lab_staff;
      ALTER TABLE users DROP COLUMN role;`,
  },
  {
    version: 16,
    name: 'proven identities: 人口库, verifications, 市场主体 register, 经办人 grants, stored credit grades',
    sql: `
      -- The district's 人口库 as the reference backend knows it (fictional residents, 示例).
      CREATE TABLE population_registry (
        id_number TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        phone TEXT NOT NULL,
        address TEXT NOT NULL,
        id_card_issued_on TEXT NOT NULL,
        id_card_valid_until TEXT
      );
      CREATE TABLE market_entities (
        uscc TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        legal_rep_name TEXT NOT NULL,
        legal_rep_id_number TEXT NOT NULL,
        founded_on TEXT NOT NULL
      );
      CREATE TABLE identity_verifications (
        id TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        method TEXT NOT NULL CHECK (method IN ('sms', 'face')),
        name TEXT NOT NULL,
        id_number TEXT NOT NULL,
        phone TEXT,
        code_hash TEXT,
        face_verify_id TEXT,
        attempts INTEGER NOT NULL DEFAULT 0,
        expires_at TEXT NOT NULL,
        created_at TEXT NOT NULL,
        verified_at TEXT
      );
      CREATE INDEX identity_verifications_user ON identity_verifications(user_id, created_at);
      CREATE INDEX identity_verifications_person ON identity_verifications(id_number, created_at);
      CREATE TABLE dev_outbox (
        id INTEGER PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        phone TEXT NOT NULL,
        text TEXT NOT NULL,
        sent_at TEXT NOT NULL
      );
      CREATE TABLE identity_events (
        id INTEGER PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('verified', 'moved_away')),
        method TEXT,
        other_user_id TEXT,
        at TEXT NOT NULL
      );
      CREATE INDEX identity_events_user ON identity_events(user_id, at);
      ALTER TABLE users ADD COLUMN identity_method TEXT;
      ALTER TABLE users ADD COLUMN identity_verified_at TEXT;
      -- Names typed before verification existed were never proven: they unlock nothing now.
      UPDATE users SET real_name = NULL, id_number = NULL WHERE real_name IS NOT NULL;
      CREATE UNIQUE INDEX users_id_number ON users(id_number) WHERE id_number IS NOT NULL;

      -- Bindings made before the register check stay as history but grant nothing.
      ALTER TABLE enterprises ADD COLUMN basis TEXT NOT NULL DEFAULT 'unproven';
      ALTER TABLE enterprises ADD COLUMN agent_grant_id TEXT;
      ALTER TABLE enterprises ADD COLUMN valid_until TEXT;
      UPDATE users SET active_enterprise_id = NULL WHERE active_enterprise_id IS NOT NULL;
      CREATE TABLE enterprise_agent_grants (
        id TEXT PRIMARY KEY,
        uscc TEXT NOT NULL,
        enterprise_name TEXT NOT NULL,
        grantor_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        agent_name TEXT NOT NULL,
        agent_id_number TEXT NOT NULL,
        scopes_json TEXT NOT NULL,
        days INTEGER NOT NULL,
        valid_until TEXT NOT NULL,
        claim_code TEXT UNIQUE,
        code_expires_at TEXT NOT NULL,
        agent_user_id TEXT REFERENCES users(id) ON DELETE SET NULL,
        created_at TEXT NOT NULL,
        claimed_at TEXT,
        revoked_at TEXT
      );
      CREATE INDEX enterprise_agent_grants_uscc ON enterprise_agent_grants(uscc, created_at);
      CREATE TABLE enterprise_agent_audit (
        id INTEGER PRIMARY KEY,
        grant_id TEXT NOT NULL REFERENCES enterprise_agent_grants(id) ON DELETE CASCADE,
        actor_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        action TEXT NOT NULL,
        at TEXT NOT NULL
      );
      CREATE INDEX enterprise_agent_audit_grant ON enterprise_agent_audit(grant_id, at);

      -- The grade a loan application carries is the one the server computed and stored.
      CREATE TABLE credit_assessments (
        id TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        enterprise_id TEXT REFERENCES enterprises(id) ON DELETE CASCADE,
        score INTEGER NOT NULL,
        grade TEXT NOT NULL CHECK (grade IN ('A', 'B', 'C', 'D')),
        answers_json TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE INDEX credit_assessments_enterprise ON credit_assessments(enterprise_id, created_at);`,
  },
  {
    version: 17,
    name: 'abuse limits: one waiting ticket per user and point, the phone on a 户号',
    sql: `
      -- Keep the earliest waiting ticket of each user, point and day; later duplicates are called off.
      UPDATE queue_tickets SET status = 'called', called_at = taken_at
        WHERE status = 'waiting' AND EXISTS (
          SELECT 1 FROM queue_tickets earlier
          WHERE earlier.user_id = queue_tickets.user_id AND earlier.point_id = queue_tickets.point_id
            AND earlier.day = queue_tickets.day AND earlier.status = 'waiting'
            AND earlier.number < queue_tickets.number);
      CREATE UNIQUE INDEX queue_tickets_one_waiting
        ON queue_tickets(user_id, point_id, day) WHERE status = 'waiting';
      ALTER TABLE utility_accounts ADD COLUMN phone TEXT NOT NULL DEFAULT '';
      -- Wrong answers to the household question (or unknown numbers), counted per user and per
      -- 户号 (kind:number) and day against guessing from one or many accounts.
      CREATE TABLE utility_bind_failures (
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        account_key TEXT NOT NULL,
        at TEXT NOT NULL
      );
      CREATE INDEX utility_bind_failures_user ON utility_bind_failures(user_id, at);
      CREATE INDEX utility_bind_failures_account ON utility_bind_failures(account_key, at);`,
  },
  {
    version: 18,
    name: 'an 改约 records which booking replaced the cancelled one',
    sql: `ALTER TABLE appointments ADD COLUMN moved_to TEXT REFERENCES appointments(id);`,
  },
  {
    version: 19,
    name: 'catalog items generated as samples are marked until the district replaces them',
    sql: `ALTER TABLE catalog_items ADD COLUMN sample INTEGER NOT NULL DEFAULT 0;`,
  },
  {
    version: 20,
    name: 'rate-limit counters shared by every server instance',
    sql: `
      -- One fixed window per key (limit, address or user): counted by an atomic upsert that
      -- starts a new window once the old one has ended.
      CREATE TABLE rate_limit_counters (
        key TEXT PRIMARY KEY,
        count INTEGER NOT NULL,
        window_ends_at TEXT NOT NULL
      );
      CREATE INDEX rate_limit_counters_end ON rate_limit_counters(window_ends_at);`,
  },
  {
    version: 22,
    name: 'a catalog version moved on by every write to the tables item lists and facets count',
    // Totals and facets are cached per version: a seed, import or edit from any process moves it
    // on, so a cached count is never served after the rows it counted changed.
    sql: `
      CREATE TABLE catalog_version (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        version INTEGER NOT NULL
      );
      INSERT INTO catalog_version (id, version) VALUES (1, 1);
      CREATE TRIGGER catalog_items_insert AFTER INSERT ON catalog_items
        BEGIN UPDATE catalog_version SET version = version + 1; END;
      CREATE TRIGGER catalog_items_update AFTER UPDATE ON catalog_items
        BEGIN UPDATE catalog_version SET version = version + 1; END;
      CREATE TRIGGER catalog_items_delete AFTER DELETE ON catalog_items
        BEGIN UPDATE catalog_version SET version = version + 1; END;
      CREATE TRIGGER catalog_item_facets_insert AFTER INSERT ON catalog_item_facets
        BEGIN UPDATE catalog_version SET version = version + 1; END;
      CREATE TRIGGER catalog_item_facets_update AFTER UPDATE ON catalog_item_facets
        BEGIN UPDATE catalog_version SET version = version + 1; END;
      CREATE TRIGGER catalog_item_facets_delete AFTER DELETE ON catalog_item_facets
        BEGIN UPDATE catalog_version SET version = version + 1; END;
      CREATE TRIGGER catalog_item_points_insert AFTER INSERT ON catalog_item_points
        BEGIN UPDATE catalog_version SET version = version + 1; END;
      CREATE TRIGGER catalog_item_points_update AFTER UPDATE ON catalog_item_points
        BEGIN UPDATE catalog_version SET version = version + 1; END;
      CREATE TRIGGER catalog_item_points_delete AFTER DELETE ON catalog_item_points
        BEGIN UPDATE catalog_version SET version = version + 1; END;`,
    postgres: `
      CREATE TABLE catalog_version (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        version INTEGER NOT NULL
      );
      INSERT INTO catalog_version (id, version) VALUES (1, 1);
      CREATE FUNCTION bump_catalog_version() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN UPDATE catalog_version SET version = version + 1; RETURN NULL; END $$;
      CREATE TRIGGER catalog_items_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON catalog_items
        FOR EACH STATEMENT EXECUTE FUNCTION bump_catalog_version();
      CREATE TRIGGER catalog_item_facets_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON catalog_item_facets
        FOR EACH STATEMENT EXECUTE FUNCTION bump_catalog_version();
      CREATE TRIGGER catalog_item_points_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON catalog_item_points
        FOR EACH STATEMENT EXECUTE FUNCTION bump_catalog_version();`,
  },
]

/** Applies every migration not yet recorded in `schema_migrations`, each in its own transaction. */
export function migrate(db: Database.Database): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`)
  const applied = new Set(
    db
      .prepare('SELECT version FROM schema_migrations')
      .pluck()
      .all()
      .map((v) => Number(v)),
  )
  const record = db.prepare(
    'INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)',
  )
  const ran: number[] = []
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    if (applied.has(migration.version)) continue
    db.transaction(() => {
      db.exec(migration.sql)
      record.run(migration.version, migration.name, new Date().toISOString())
    })()
    ran.push(migration.version)
  }
  return ran
}
