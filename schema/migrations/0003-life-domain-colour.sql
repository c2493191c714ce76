-- Version 2 -> 3: a life domain's colour is no longer checked by the file. Validation reports a
-- colour that is not #rrggbb (invalid-colour), so an editor can keep an unfinished value and see
-- why, instead of having the write refused. SQLite cannot drop a CHECK: the table is rebuilt, and
-- its search triggers with it.
CREATE TABLE life_domain_v3 (
    uid      TEXT PRIMARY KEY CHECK (length(uid) = 36),
    key      TEXT,
    label    TEXT,
    colour   TEXT, -- "#rrggbb"; validation reports any other shape (invalid-colour)
    position INTEGER NOT NULL CHECK (position >= 0)
);
INSERT INTO life_domain_v3 (uid, key, label, colour, position)
    SELECT uid, key, label, colour, position FROM life_domain;
DROP TABLE life_domain;
ALTER TABLE life_domain_v3 RENAME TO life_domain;
CREATE TRIGGER life_domain_search_insert AFTER INSERT ON life_domain
BEGIN
    INSERT INTO search_index (uid, kind, field, text)
        SELECT new.uid, 'life-domain', field, text FROM (
        SELECT 'key' AS field, new.key AS text
        UNION ALL SELECT 'label', new.label)
        WHERE text IS NOT NULL AND text <> '';
END;

CREATE TRIGGER life_domain_search_update AFTER UPDATE OF key, label ON life_domain
BEGIN
    DELETE FROM search_index WHERE uid = old.uid;
    INSERT INTO search_index (uid, kind, field, text)
        SELECT new.uid, 'life-domain', field, text FROM (
        SELECT 'key' AS field, new.key AS text
        UNION ALL SELECT 'label', new.label)
        WHERE text IS NOT NULL AND text <> '';
END;

CREATE TRIGGER life_domain_search_delete AFTER DELETE ON life_domain
BEGIN
    DELETE FROM search_index WHERE uid = old.uid;
END;
