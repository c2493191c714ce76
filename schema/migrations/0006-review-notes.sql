-- Version 5 -> 6: review threads. A reviewer asks about a dilemma or legal source, an editor
-- answers, either resolves; notes are appended, never edited, and withdrawn only by undo.
CREATE TABLE review_note (
    uid        TEXT PRIMARY KEY CHECK (length(uid) = 36),
    entity_uid TEXT NOT NULL,
    thread_uid TEXT,
    kind       TEXT NOT NULL CHECK (kind IN ('question', 'answer', 'resolution')),
    author     TEXT,
    time       TEXT,
    text       TEXT
);
CREATE INDEX review_note_entity ON review_note (entity_uid, time);
CREATE TRIGGER review_note_no_update BEFORE UPDATE ON review_note
BEGIN
    SELECT RAISE(ABORT, 'review notes are append-only');
END;
