-- Kiezen & Delen Studio project file, schema version 9.
-- The store runs this on a new, empty file and then sets application_id and user_version.
--
-- Ownership (a segment belongs to its scenario, an option to its dilemma) is a foreign key with
-- ON DELETE CASCADE. References between independent entities (a dilemma's professional, a legal
-- reference's source, a segment's life domains) are plain uid columns: a reference whose target
-- is gone stays visible as a validation error instead of vanishing with the target.
-- Keys are not UNIQUE here for the same reason: validation reports duplicates where they can be
-- fixed. Text columns are NULL when a value is absent and '' when it is empty.

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
    maximum_sentence         INTEGER
);

CREATE TABLE life_domain (
    uid      TEXT PRIMARY KEY CHECK (length(uid) = 36),
    key      TEXT,
    label    TEXT,
    colour   TEXT, -- "#rrggbb"; validation reports any other shape (invalid-colour)
    position INTEGER NOT NULL CHECK (position >= 0)
);

CREATE TABLE asset (
    uid        TEXT PRIMARY KEY CHECK (length(uid) = 36),
    key        TEXT,
    name       TEXT,
    media_type TEXT,
    alt_text   TEXT,
    data       BLOB NOT NULL,
    position   INTEGER NOT NULL CHECK (position >= 0)
);

CREATE TABLE legal_source (
    uid         TEXT PRIMARY KEY CHECK (length(uid) = 36),
    key         TEXT,
    short_title TEXT,
    full_title  TEXT,
    pinpoint    TEXT,
    identifier  TEXT,
    url         TEXT,
    valid_from  TEXT CHECK (valid_from IS NULL OR date(valid_from) = valid_from),
    valid_until TEXT CHECK (valid_until IS NULL OR date(valid_until) = valid_until),
    review_by   TEXT CHECK (review_by IS NULL OR date(review_by) = review_by),
    summary     TEXT,
    position    INTEGER NOT NULL CHECK (position >= 0),
    version_date TEXT CHECK (version_date IS NULL OR date(version_date) = version_date),
    boek        TEXT,
    titeldeel   TEXT,
    hoofdstuk   TEXT,
    afdeling    TEXT,
    paragraaf   TEXT,
    artikel     TEXT
);

CREATE TABLE professional (
    uid            TEXT PRIMARY KEY CHECK (length(uid) = 36),
    key            TEXT,
    title          TEXT,
    description    TEXT,
    secrecy        TEXT NOT NULL CHECK (secrecy IN ('medical-secrecy', 'professional-secrecy',
                       'youth-act-secrecy', 'police-data', 'statutory-task', 'confidentiality')),
    icon_asset_uid TEXT,
    position       INTEGER NOT NULL CHECK (position >= 0)
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
    position    INTEGER NOT NULL CHECK (position >= 0)
);

CREATE TABLE glossary_term (
    uid        TEXT PRIMARY KEY CHECK (length(uid) = 36),
    key        TEXT,
    term       TEXT,
    definition TEXT,
    position   INTEGER NOT NULL CHECK (position >= 0)
);

CREATE TABLE scenario (
    uid             TEXT PRIMARY KEY CHECK (length(uid) = 36),
    key             TEXT,
    title           TEXT,
    summary         TEXT,
    calamity_basis  TEXT,
    cover_asset_uid TEXT,
    position        INTEGER NOT NULL CHECK (position >= 0)
);

CREATE TABLE person (
    uid          TEXT PRIMARY KEY CHECK (length(uid) = 36),
    scenario_uid TEXT NOT NULL REFERENCES scenario (uid) ON DELETE CASCADE,
    name         TEXT,
    role         TEXT,
    age          INTEGER CHECK (age IS NULL OR age BETWEEN 0 AND 130),
    description  TEXT,
    position     INTEGER NOT NULL CHECK (position >= 0)
);
CREATE INDEX person_scenario ON person (scenario_uid, position);

CREATE TABLE segment (
    uid          TEXT PRIMARY KEY CHECK (length(uid) = 36),
    scenario_uid TEXT NOT NULL REFERENCES scenario (uid) ON DELETE CASCADE,
    key          TEXT,
    title        TEXT,
    period_label TEXT,
    narrative    TEXT,
    position     INTEGER NOT NULL CHECK (position >= 0)
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
    position           INTEGER NOT NULL CHECK (position >= 0)
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
    position    INTEGER NOT NULL CHECK (position >= 0)
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
    onderdeel        TEXT
);
CREATE INDEX legal_reference_dilemma ON legal_reference (dilemma_uid, position);
CREATE INDEX legal_reference_source ON legal_reference (legal_source_uid);

-- Review events on dilemmas and legal sources, in time order per entity.
CREATE TABLE review (
    uid          TEXT PRIMARY KEY CHECK (length(uid) = 36),
    entity_uid   TEXT NOT NULL,
    state        TEXT NOT NULL CHECK (state IN ('draft', 'in-review', 'changes-requested', 'approved')),
    reviewer     TEXT,
    time         TEXT,
    comment      TEXT,
    content_hash TEXT CHECK (content_hash IS NULL OR length(content_hash) IN (0, 64)),
    content      TEXT, -- the canonical JSON that was approved; NULL when not known
    -- Ed25519 signature (base64) of the record by the key with this fingerprint; NULL unsigned.
    key_fingerprint TEXT CHECK (key_fingerprint IS NULL OR length(key_fingerprint) IN (0, 64)),
    signature       TEXT
);
CREATE INDEX review_entity ON review (entity_uid, time);

-- Review threads on dilemmas and legal sources: a question opens a thread (thread_uid NULL),
-- answers and a resolution name it. Append-only like the change log, except that a note may
-- be deleted: undo withdraws the note just added.
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

-- The reviewers whose signed approvals the project counts, in the order they were added.
CREATE TABLE trusted_reviewer (
    uid         TEXT PRIMARY KEY CHECK (length(uid) = 36),
    name        TEXT NOT NULL,
    public_key  TEXT NOT NULL,
    fingerprint TEXT NOT NULL UNIQUE CHECK (length(fingerprint) = 64),
    added_by    TEXT,
    added_at    TEXT
);

-- One row per committed edit. Append-only: the triggers refuse every change to a written row.
CREATE TABLE change_log (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    time       TEXT NOT NULL,
    author     TEXT,
    entity_uid TEXT,
    field      TEXT,
    summary    TEXT
);
CREATE INDEX change_log_entity ON change_log (entity_uid, id);
CREATE TRIGGER change_log_no_update BEFORE UPDATE ON change_log
BEGIN
    SELECT RAISE(ABORT, 'the change log is append-only');
END;
CREATE TRIGGER change_log_no_delete BEFORE DELETE ON change_log
BEGIN
    SELECT RAISE(ABORT, 'the change log is append-only');
END;

-- Full-text search over every text field (kdcore's ProjectStore::search). One row per
-- non-empty field: the entity's uid and kind, the model's field name, and the text. The triggers
-- keep it in step with the content tables inside the same transaction as each write.
-- unicode61 with remove_diacritics 2 folds case and diacritics: "een" finds "één", "cafe" finds
-- "café", and the other way round.
CREATE VIRTUAL TABLE search_index USING fts5(
    uid UNINDEXED, kind UNINDEXED, field UNINDEXED, text,
    tokenize = 'unicode61 remove_diacritics 2'
);
-- The triggers that keep it in step are generated from the content model's description
-- (core/storage/searchindex.cpp) and appended to this script when a file is made.
