-- Kiezen & Delen Studio server project (PostgreSQL 15), schema version 9.
-- `kdtool server init URL` runs this in one transaction on a database with no project in it,
-- then the search triggers that core/storage/searchindex.cpp generates from the content model's
-- description, then kd_schema's version. A server project of an older version is upgraded by
-- the steps in schema/server/migrations/ instead (000N-*.sql takes it to version N), which must
-- leave it as this script makes it. docs/team.md says how to set a server up.
--
-- The content tables have the columns of the project file's (schema/project.sql; a test keeps the
-- two in step) and mean the same. What a server adds:
--   * every content row carries row_version, counted up by the server on each update;
--   * the server decides who did what: the login (session_user), never a name the client sends.
--     entity_edit records, by trigger on every content table, who last changed each dilemma,
--     legal source and other entity; the change log's author must be the login, and a
--     transaction that changed content without logging it is logged by the server; a review must be
--     made by a member of kd_reviewer under their own login (an editor may only submit an item
--     for review), and an approval by anyone but the entity's last editor (the four-eyes rule);
--     a review note is written by an editor or reviewer under their own login;
--   * the group roles kd_editor (changes content), kd_reviewer (approves and requests changes),
--     kd_publisher (reads and exports) and kd_admin (owns the schema, uploads projects, manages
--     trusted reviewers), and the grants that make the server refuse everything else;
--   * full-text search with PostgreSQL's dutch configuration and unaccent;
--   * NOTIFY kd_change after every committed change, for the clients that have the project open.

CREATE EXTENSION IF NOT EXISTS unaccent;

DO $$
DECLARE
    name TEXT;
BEGIN
    FOREACH name IN ARRAY ARRAY['kd_editor', 'kd_reviewer', 'kd_publisher', 'kd_admin'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = name) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', name);
        END IF;
    END LOOP;
END
$$;

-- Dutch stemming, case and diacritics folded: "een" finds "één", "cafe" finds "café".
CREATE TEXT SEARCH CONFIGURATION kd_dutch (COPY = pg_catalog.dutch);
ALTER TEXT SEARCH CONFIGURATION kd_dutch
    ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part
    WITH unaccent, dutch_stem;

CREATE TABLE kd_schema (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL
);

-- A date as the project file stores it: "yyyy-mm-dd".
CREATE FUNCTION kd_is_date(value TEXT) RETURNS BOOLEAN LANGUAGE sql IMMUTABLE
    RETURN value ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$';

-- The server's clock as the project file writes times: UTC with milliseconds.
CREATE FUNCTION kd_now() RETURNS TEXT LANGUAGE sql VOLATILE
    RETURN to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');

CREATE TABLE project (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    uid         TEXT NOT NULL CHECK (length(uid) = 36),
    title       TEXT,
    description TEXT,
    publisher   TEXT,
    language    TEXT NOT NULL DEFAULT 'nl',
    dictionary  TEXT,
    jargon      TEXT,
    minimum_reading_ease     INTEGER,
    maximum_average_sentence INTEGER,
    maximum_sentence         INTEGER,
    row_version BIGINT NOT NULL DEFAULT 1
);

CREATE TABLE life_domain (
    uid         TEXT PRIMARY KEY CHECK (length(uid) = 36),
    key         TEXT,
    label       TEXT,
    colour      TEXT,
    position    INTEGER NOT NULL CHECK (position >= 0),
    row_version BIGINT NOT NULL DEFAULT 1
);

CREATE TABLE asset (
    uid         TEXT PRIMARY KEY CHECK (length(uid) = 36),
    key         TEXT,
    name        TEXT,
    media_type  TEXT,
    alt_text    TEXT,
    data        BYTEA NOT NULL,
    position    INTEGER NOT NULL CHECK (position >= 0),
    row_version BIGINT NOT NULL DEFAULT 1
);

CREATE TABLE legal_source (
    uid         TEXT PRIMARY KEY CHECK (length(uid) = 36),
    key         TEXT,
    short_title TEXT,
    full_title  TEXT,
    pinpoint    TEXT,
    identifier  TEXT,
    url         TEXT,
    valid_from  TEXT CHECK (valid_from IS NULL OR kd_is_date(valid_from)),
    valid_until TEXT CHECK (valid_until IS NULL OR kd_is_date(valid_until)),
    review_by   TEXT CHECK (review_by IS NULL OR kd_is_date(review_by)),
    summary     TEXT,
    position    INTEGER NOT NULL CHECK (position >= 0),
    version_date TEXT CHECK (version_date IS NULL OR kd_is_date(version_date)),
    boek        TEXT,
    titeldeel   TEXT,
    hoofdstuk   TEXT,
    afdeling    TEXT,
    paragraaf   TEXT,
    artikel     TEXT,
    row_version BIGINT NOT NULL DEFAULT 1
);

CREATE TABLE professional (
    uid            TEXT PRIMARY KEY CHECK (length(uid) = 36),
    key            TEXT,
    title          TEXT,
    description    TEXT,
    secrecy        TEXT NOT NULL CHECK (secrecy IN ('medical-secrecy', 'professional-secrecy',
                       'youth-act-secrecy', 'police-data', 'statutory-task', 'confidentiality')),
    icon_asset_uid TEXT,
    position       INTEGER NOT NULL CHECK (position >= 0),
    row_version    BIGINT NOT NULL DEFAULT 1
);

CREATE TABLE professional_legal_source (
    professional_uid TEXT NOT NULL REFERENCES professional (uid) ON DELETE CASCADE,
    legal_source_uid TEXT NOT NULL,
    position         INTEGER NOT NULL CHECK (position >= 0),
    PRIMARY KEY (professional_uid, position)
);

CREATE TABLE theme (
    uid         TEXT PRIMARY KEY CHECK (length(uid) = 36),
    key         TEXT,
    label       TEXT,
    description TEXT,
    position    INTEGER NOT NULL CHECK (position >= 0),
    row_version BIGINT NOT NULL DEFAULT 1
);

CREATE TABLE glossary_term (
    uid         TEXT PRIMARY KEY CHECK (length(uid) = 36),
    key         TEXT,
    term        TEXT,
    definition  TEXT,
    position    INTEGER NOT NULL CHECK (position >= 0),
    row_version BIGINT NOT NULL DEFAULT 1
);

CREATE TABLE scenario (
    uid             TEXT PRIMARY KEY CHECK (length(uid) = 36),
    key             TEXT,
    title           TEXT,
    summary         TEXT,
    calamity_basis  TEXT,
    cover_asset_uid TEXT,
    position        INTEGER NOT NULL CHECK (position >= 0),
    row_version     BIGINT NOT NULL DEFAULT 1
);

CREATE TABLE person (
    uid          TEXT PRIMARY KEY CHECK (length(uid) = 36),
    scenario_uid TEXT NOT NULL REFERENCES scenario (uid) ON DELETE CASCADE,
    name         TEXT,
    role         TEXT,
    age          INTEGER CHECK (age IS NULL OR age BETWEEN 0 AND 130),
    description  TEXT,
    position     INTEGER NOT NULL CHECK (position >= 0),
    row_version  BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX person_scenario ON person (scenario_uid, position);

CREATE TABLE segment (
    uid          TEXT PRIMARY KEY CHECK (length(uid) = 36),
    scenario_uid TEXT NOT NULL REFERENCES scenario (uid) ON DELETE CASCADE,
    key          TEXT,
    title        TEXT,
    period_label TEXT,
    narrative    TEXT,
    position     INTEGER NOT NULL CHECK (position >= 0),
    row_version  BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX segment_scenario ON segment (scenario_uid, position);

CREATE TABLE segment_life_domain (
    segment_uid     TEXT NOT NULL REFERENCES segment (uid) ON DELETE CASCADE,
    life_domain_uid TEXT NOT NULL,
    position        INTEGER NOT NULL CHECK (position >= 0),
    PRIMARY KEY (segment_uid, position)
);

CREATE TABLE segment_person (
    segment_uid TEXT NOT NULL REFERENCES segment (uid) ON DELETE CASCADE,
    person_uid  TEXT NOT NULL,
    position    INTEGER NOT NULL CHECK (position >= 0),
    PRIMARY KEY (segment_uid, position)
);

CREATE TABLE dilemma (
    uid                TEXT PRIMARY KEY CHECK (length(uid) = 36),
    segment_uid        TEXT NOT NULL REFERENCES segment (uid) ON DELETE CASCADE,
    key                TEXT,
    professional_uid   TEXT,
    question           TEXT,
    situation          TEXT,
    considerations     TEXT,
    solution_direction TEXT,
    position           INTEGER NOT NULL CHECK (position >= 0),
    row_version        BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX dilemma_segment ON dilemma (segment_uid, position);
CREATE INDEX dilemma_professional ON dilemma (professional_uid);

CREATE TABLE dilemma_theme (
    dilemma_uid TEXT NOT NULL REFERENCES dilemma (uid) ON DELETE CASCADE,
    theme_uid   TEXT NOT NULL,
    position    INTEGER NOT NULL CHECK (position >= 0),
    PRIMARY KEY (dilemma_uid, position)
);

CREATE TABLE dilemma_option (
    uid         TEXT PRIMARY KEY CHECK (length(uid) = 36),
    dilemma_uid TEXT NOT NULL REFERENCES dilemma (uid) ON DELETE CASCADE,
    label       TEXT,
    feedback    TEXT,
    assessment  TEXT NOT NULL CHECK (assessment IN ('recommended', 'acceptable', 'not-advisable')),
    position    INTEGER NOT NULL CHECK (position >= 0),
    row_version BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX dilemma_option_dilemma ON dilemma_option (dilemma_uid, position);

CREATE TABLE legal_reference (
    uid              TEXT PRIMARY KEY CHECK (length(uid) = 36),
    dilemma_uid      TEXT NOT NULL REFERENCES dilemma (uid) ON DELETE CASCADE,
    legal_source_uid TEXT,
    pinpoint         TEXT,
    note             TEXT,
    position         INTEGER NOT NULL CHECK (position >= 0),
    lid              TEXT,
    onderdeel        TEXT,
    row_version      BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX legal_reference_dilemma ON legal_reference (dilemma_uid, position);
CREATE INDEX legal_reference_source ON legal_reference (legal_source_uid);

CREATE TABLE review (
    uid             TEXT PRIMARY KEY CHECK (length(uid) = 36),
    entity_uid      TEXT NOT NULL,
    state           TEXT NOT NULL
                        CHECK (state IN ('draft', 'in-review', 'changes-requested', 'approved')),
    reviewer        TEXT,
    time            TEXT,
    comment         TEXT,
    content_hash    TEXT CHECK (content_hash IS NULL OR length(content_hash) IN (0, 64)),
    content         TEXT,
    key_fingerprint TEXT CHECK (key_fingerprint IS NULL OR length(key_fingerprint) IN (0, 64)),
    signature       TEXT,
    recorded_by     TEXT NOT NULL DEFAULT session_user -- the login that wrote the row
);
CREATE INDEX review_entity ON review (entity_uid, time);

CREATE TABLE review_note (
    uid         TEXT PRIMARY KEY CHECK (length(uid) = 36),
    entity_uid  TEXT NOT NULL,
    thread_uid  TEXT,
    kind        TEXT NOT NULL CHECK (kind IN ('question', 'answer', 'resolution')),
    author      TEXT,
    time        TEXT,
    text        TEXT,
    recorded_by TEXT NOT NULL DEFAULT session_user
);
CREATE INDEX review_note_entity ON review_note (entity_uid, time);

CREATE TABLE trusted_reviewer (
    uid         TEXT PRIMARY KEY CHECK (length(uid) = 36),
    name        TEXT NOT NULL,
    public_key  TEXT NOT NULL,
    fingerprint TEXT NOT NULL UNIQUE CHECK (length(fingerprint) = 64),
    added_by    TEXT,
    added_at    TEXT,
    recorded_by TEXT NOT NULL DEFAULT session_user
);

CREATE TABLE change_log (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    time        TEXT NOT NULL,
    author      TEXT,
    entity_uid  TEXT,
    field       TEXT,
    summary     TEXT,
    recorded_by TEXT NOT NULL DEFAULT session_user
);
CREATE INDEX change_log_entity ON change_log (entity_uid, id);

-- Who last changed each entity, as the server saw it: written only by kd_record_edit().
CREATE TABLE entity_edit (
    entity_uid TEXT PRIMARY KEY,
    editor     TEXT NOT NULL,
    edited_at  TIMESTAMPTZ NOT NULL,
    edits      BIGINT NOT NULL
);

CREATE TABLE search_index (
    uid      TEXT NOT NULL,
    kind     TEXT NOT NULL,
    field    TEXT NOT NULL,
    text     TEXT NOT NULL,
    document TSVECTOR GENERATED ALWAYS AS (to_tsvector('kd_dutch', text)) STORED
);
CREATE INDEX search_index_uid ON search_index (uid);
CREATE INDEX search_index_document ON search_index USING gin (document);

-- --- who did what ------------------------------------------------------------------------------

-- After every change to a content row: the entity it belongs to (TG_ARGV[0] names the column:
-- an option's dilemma, a segment's own uid) was last changed by this login, now; and the clients
-- that listen hear of it when the transaction commits.
CREATE FUNCTION kd_record_edit() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
DECLARE
    entity TEXT;
BEGIN
    IF TG_OP = 'DELETE' THEN
        entity := to_jsonb(OLD) ->> TG_ARGV[0];
    ELSE
        entity := to_jsonb(NEW) ->> TG_ARGV[0];
    END IF;
    INSERT INTO entity_edit (entity_uid, editor, edited_at, edits)
        VALUES (entity, session_user, clock_timestamp(), 1)
        ON CONFLICT (entity_uid) DO UPDATE
        SET editor = excluded.editor, edited_at = excluded.edited_at,
            edits = entity_edit.edits + 1;
    PERFORM pg_notify('kd_change', session_user);
    RETURN NULL;
END
$$;

CREATE FUNCTION kd_bump_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.row_version := OLD.row_version + 1;
    RETURN NEW;
END
$$;

DO $$
DECLARE
    edited RECORD;
BEGIN
    FOR edited IN SELECT * FROM (VALUES
        ('project', 'uid', true), ('life_domain', 'uid', true), ('asset', 'uid', true),
        ('legal_source', 'uid', true), ('professional', 'uid', true),
        ('professional_legal_source', 'professional_uid', false), ('theme', 'uid', true),
        ('glossary_term', 'uid', true), ('scenario', 'uid', true),
        ('person', 'scenario_uid', true), ('segment', 'uid', true),
        ('segment_life_domain', 'segment_uid', false), ('segment_person', 'segment_uid', false),
        ('dilemma', 'uid', true), ('dilemma_theme', 'dilemma_uid', false),
        ('dilemma_option', 'dilemma_uid', true), ('legal_reference', 'dilemma_uid', true))
        AS t (tab, entity, versioned)
    LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I '
                       'FOR EACH ROW EXECUTE FUNCTION kd_record_edit(%L)',
                       edited.tab || '_edited', edited.tab, edited.entity);
        IF edited.versioned THEN
            EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE ON %I '
                           'FOR EACH ROW EXECUTE FUNCTION kd_bump_version()',
                           edited.tab || '_version', edited.tab);
        END IF;
    END LOOP;
END
$$;

-- The change log: append-only, and its author is the login. Members of kd_admin upload whole
-- projects (kdtool push) and may write the history a file brings with it; recorded_by keeps who
-- wrote each row either way.
CREATE FUNCTION kd_change_log_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.recorded_by := session_user;
    IF NOT pg_has_role(session_user, 'kd_admin', 'MEMBER') THEN
        IF NEW.author IS DISTINCT FROM session_user::TEXT THEN
            RAISE EXCEPTION 'the change log records your login, %, as the author, not %',
                session_user, coalesce(NEW.author, 'nobody') USING ERRCODE = '42501';
        END IF;
        NEW.time := kd_now();
    END IF;
    PERFORM pg_notify('kd_change', session_user);
    RETURN NEW;
END
$$;
CREATE TRIGGER change_log_insert BEFORE INSERT ON change_log
    FOR EACH ROW EXECUTE FUNCTION kd_change_log_insert();

-- A transaction that changes content without writing a change-log row of its own (hand-written
-- SQL, say) is logged by the server as it commits: one row per entity it changed, under the
-- login, so the history misses nothing and the editors that follow the log see the change. The
-- program logs its own writes, holding the write lock, so its rows are the newest. Members of
-- kd_admin, who upload whole projects with their history, own the tables anyway.
CREATE FUNCTION kd_log_unlogged() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
DECLARE
    outside CONSTANT TEXT := 'changed outside Kiezen & Delen Studio';
    mine CONSTANT xid := pg_current_xact_id()::xid;
BEGIN
    IF pg_has_role(session_user, 'kd_admin', 'MEMBER')
       OR EXISTS (SELECT 1 FROM (SELECT xmin, summary FROM change_log ORDER BY id DESC LIMIT 100)
                  AS newest WHERE newest.xmin = mine AND newest.summary IS DISTINCT FROM outside)
       OR EXISTS (SELECT 1 FROM change_log WHERE entity_uid = NEW.entity_uid AND xmin = mine) THEN
        RETURN NULL;
    END IF;
    PERFORM pg_advisory_xact_lock(4242001); -- the write lock: ids in commit order
    INSERT INTO change_log (time, author, entity_uid, field, summary)
        VALUES (kd_now(), session_user, NEW.entity_uid, '', outside);
    RETURN NULL;
END
$$;
CREATE CONSTRAINT TRIGGER entity_edit_logged AFTER INSERT OR UPDATE ON entity_edit
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION kd_log_unlogged();

CREATE FUNCTION kd_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the change log is append-only' USING ERRCODE = '42501';
END
$$;
CREATE TRIGGER change_log_no_update BEFORE UPDATE OR DELETE ON change_log
    FOR EACH ROW EXECUTE FUNCTION kd_append_only();

-- Reviews: made by members of kd_reviewer under their own login, at the server's time (within
-- ten minutes: the time is part of what the reviewer's key signs), of an entity that exists; an
-- approval by anyone but the entity's last editor. A member of kd_editor may submit an item for
-- review: a record in-review, unsigned and without a content hash, under their own login.
-- Withdrawn (undo) only by who made them.
CREATE FUNCTION kd_review_check() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
DECLARE
    last_editor TEXT;
    submission BOOLEAN;
BEGIN
    IF pg_has_role(session_user, 'kd_admin', 'MEMBER') THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    IF TG_OP = 'DELETE' THEN
        submission := OLD.state = 'in-review';
    ELSE
        submission := NEW.state = 'in-review' AND coalesce(NEW.content_hash, '') = ''
                      AND coalesce(NEW.content, '') = '' AND coalesce(NEW.signature, '') = ''
                      AND coalesce(NEW.key_fingerprint, '') = '';
    END IF;
    IF NOT pg_has_role(session_user, 'kd_reviewer', 'MEMBER')
       AND NOT (submission AND pg_has_role(session_user, 'kd_editor', 'MEMBER')) THEN
        RAISE EXCEPTION 'only members of kd_reviewer review; % is not one (a member of '
            'kd_editor only submits an item for review: in-review, unsigned, without a content '
            'hash)', session_user USING ERRCODE = '42501';
    END IF;
    IF TG_OP = 'DELETE' THEN
        IF OLD.recorded_by IS DISTINCT FROM session_user::TEXT THEN
            RAISE EXCEPTION 'only % can withdraw this review', OLD.recorded_by
                USING ERRCODE = '42501';
        END IF;
        PERFORM pg_notify('kd_change', session_user);
        RETURN OLD;
    END IF;
    NEW.recorded_by := session_user;
    IF NEW.reviewer IS DISTINCT FROM session_user::TEXT THEN
        RAISE EXCEPTION 'a review is recorded under your login, %, not under %', session_user,
            coalesce(NEW.reviewer, 'nobody') USING ERRCODE = '42501';
    END IF;
    IF NEW.time IS NULL OR abs(extract(epoch FROM (NEW.time::TIMESTAMPTZ - clock_timestamp())))
                           > 600 THEN
        RAISE EXCEPTION 'a review is made now, by the server''s clock; % is not now',
            coalesce(NEW.time, 'no time') USING ERRCODE = '42501';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM dilemma WHERE uid = NEW.entity_uid)
       AND NOT EXISTS (SELECT 1 FROM legal_source WHERE uid = NEW.entity_uid) THEN
        RAISE EXCEPTION 'there is no dilemma or legal source %', NEW.entity_uid
            USING ERRCODE = '23503';
    END IF;
    IF NEW.state = 'approved' THEN
        SELECT editor INTO last_editor FROM entity_edit WHERE entity_uid = NEW.entity_uid;
        IF last_editor = session_user::TEXT THEN
            RAISE EXCEPTION 'four-eyes rule: % made the last change to this item, so another '
                'reviewer must approve it', session_user USING ERRCODE = '42501';
        END IF;
    END IF;
    PERFORM pg_notify('kd_change', session_user);
    RETURN NEW;
END
$$;
CREATE TRIGGER review_check BEFORE INSERT OR DELETE ON review
    FOR EACH ROW EXECUTE FUNCTION kd_review_check();
CREATE TRIGGER review_no_update BEFORE UPDATE ON review
    FOR EACH ROW EXECUTE FUNCTION kd_append_only();

-- Review notes: written by members of kd_editor or kd_reviewer under their own login, at the
-- server's time (within ten minutes, as reviews), on a dilemma or legal source that exists; an
-- answer or resolution in a thread that a question on the same item opened. Never edited;
-- withdrawn (undo) only by who wrote them. Not an edit of the item: entity_edit (four eyes) does
-- not hear of them, but the clients that listen do.
CREATE FUNCTION kd_review_note_check() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
BEGIN
    IF pg_has_role(session_user, 'kd_admin', 'MEMBER') THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    IF NOT pg_has_role(session_user, 'kd_editor', 'MEMBER')
       AND NOT pg_has_role(session_user, 'kd_reviewer', 'MEMBER') THEN
        RAISE EXCEPTION 'only members of kd_editor or kd_reviewer write review notes; % is not one',
            session_user USING ERRCODE = '42501';
    END IF;
    IF TG_OP = 'DELETE' THEN
        IF OLD.recorded_by IS DISTINCT FROM session_user::TEXT THEN
            RAISE EXCEPTION 'only % can withdraw this review note', OLD.recorded_by
                USING ERRCODE = '42501';
        END IF;
        -- Withdrawing a question that has been answered would hide the answers.
        IF EXISTS (SELECT 1 FROM review_note WHERE thread_uid = OLD.uid) THEN
            RAISE EXCEPTION 'the question has answers in its thread; it stays'
                USING ERRCODE = '42501';
        END IF;
        PERFORM pg_notify('kd_change', session_user);
        RETURN OLD;
    END IF;
    NEW.recorded_by := session_user;
    IF NEW.author IS DISTINCT FROM session_user::TEXT THEN
        RAISE EXCEPTION 'a review note is recorded under your login, %, not under %',
            session_user, coalesce(NEW.author, 'nobody') USING ERRCODE = '42501';
    END IF;
    IF NEW.time IS NULL OR abs(extract(epoch FROM (NEW.time::TIMESTAMPTZ - clock_timestamp())))
                           > 600 THEN
        RAISE EXCEPTION 'a review note is written now, by the server''s clock; % is not now',
            coalesce(NEW.time, 'no time') USING ERRCODE = '42501';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM dilemma WHERE uid = NEW.entity_uid)
       AND NOT EXISTS (SELECT 1 FROM legal_source WHERE uid = NEW.entity_uid) THEN
        RAISE EXCEPTION 'there is no dilemma or legal source %', NEW.entity_uid
            USING ERRCODE = '23503';
    END IF;
    IF (NEW.kind = 'question') <> (coalesce(NEW.thread_uid, '') = '') THEN
        RAISE EXCEPTION 'a question opens a thread; an answer or resolution names one'
            USING ERRCODE = '23514';
    END IF;
    IF NEW.kind <> 'question' AND NOT EXISTS (
           SELECT 1 FROM review_note WHERE uid = NEW.thread_uid AND kind = 'question'
                                       AND entity_uid = NEW.entity_uid) THEN
        RAISE EXCEPTION 'there is no thread % on %', NEW.thread_uid, NEW.entity_uid
            USING ERRCODE = '23503';
    END IF;
    PERFORM pg_notify('kd_change', session_user);
    RETURN NEW;
END
$$;
CREATE TRIGGER review_note_check BEFORE INSERT OR DELETE ON review_note
    FOR EACH ROW EXECUTE FUNCTION kd_review_note_check();
CREATE FUNCTION kd_review_note_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'review notes are append-only' USING ERRCODE = '42501';
END
$$;
CREATE TRIGGER review_note_no_update BEFORE UPDATE ON review_note
    FOR EACH ROW EXECUTE FUNCTION kd_review_note_append_only();

CREATE FUNCTION kd_trusted_reviewer_check() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        NEW.recorded_by := session_user;
    END IF;
    PERFORM pg_notify('kd_change', session_user);
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;
CREATE TRIGGER trusted_reviewer_check BEFORE INSERT OR DELETE ON trusted_reviewer
    FOR EACH ROW EXECUTE FUNCTION kd_trusted_reviewer_check();

-- --- who may do what ---------------------------------------------------------------------------

REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO kd_editor, kd_reviewer, kd_publisher, kd_admin;
GRANT INSERT, UPDATE, DELETE ON project, life_domain, asset, legal_source, professional,
    professional_legal_source, theme, glossary_term, scenario, person, segment,
    segment_life_domain, segment_person, dilemma, dilemma_theme, dilemma_option, legal_reference
    TO kd_editor, kd_admin;
GRANT INSERT, DELETE ON review, review_note TO kd_editor, kd_reviewer, kd_admin;
GRANT INSERT, DELETE ON trusted_reviewer TO kd_admin;
GRANT INSERT ON change_log TO kd_editor, kd_reviewer, kd_admin;

-- kd_admin owns what it manages: members upgrade the schema (kdtool server init).
DO $$
DECLARE
    object RECORD;
BEGIN
    FOR object IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' LOOP
        EXECUTE format('ALTER TABLE %I OWNER TO kd_admin', object.tablename);
    END LOOP;
    FOR object IN SELECT p.oid::regprocedure AS signature FROM pg_proc p
                  JOIN pg_namespace n ON n.oid = p.pronamespace
                  WHERE n.nspname = 'public' AND p.proname LIKE 'kd\_%' LOOP
        EXECUTE format('ALTER FUNCTION %s OWNER TO kd_admin', object.signature);
    END LOOP;
END
$$;
ALTER TEXT SEARCH CONFIGURATION kd_dutch OWNER TO kd_admin;
