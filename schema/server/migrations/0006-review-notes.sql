-- Server schema version 5 -> 6 (schema/server/project.sql makes the same at version 6 whole).
-- Review threads: the review_note table, written by editors and reviewers under their own
-- login and never edited; and an editor may submit an item for review (a review record
-- in-review, unsigned, without a content hash). Run by `kdtool server init` in one transaction.

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

-- Editors may now submit for review; everything else about reviews stays the reviewers'.
CREATE OR REPLACE FUNCTION kd_review_check() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
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

REVOKE ALL ON review_note FROM PUBLIC;
GRANT SELECT ON review_note TO kd_editor, kd_reviewer, kd_publisher, kd_admin;
GRANT INSERT, DELETE ON review, review_note TO kd_editor, kd_reviewer, kd_admin;
ALTER TABLE review_note OWNER TO kd_admin;
ALTER FUNCTION kd_review_check() OWNER TO kd_admin;
ALTER FUNCTION kd_review_note_check() OWNER TO kd_admin;
ALTER FUNCTION kd_review_note_append_only() OWNER TO kd_admin;
