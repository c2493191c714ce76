-- Version 1 -> 2: the full-text search index and the triggers that keep it in step.

-- Full-text search over every text field (kdcore's ProjectStore::search). One row per
-- non-empty field: the entity's uid and kind, the model's field name, and the text. The triggers
-- keep it in step with the content tables inside the same transaction as each write.
-- unicode61 with remove_diacritics 2 folds case and diacritics: "een" finds "één", "cafe" finds
-- "café", and the other way round.
CREATE VIRTUAL TABLE search_index USING fts5(
    uid UNINDEXED, kind UNINDEXED, field UNINDEXED, text,
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER project_search_insert AFTER INSERT ON project
BEGIN
    INSERT INTO search_index (uid, kind, field, text)
        SELECT new.uid, 'project', field, text FROM (
        SELECT 'title' AS field, new.title AS text
        UNION ALL SELECT 'description', new.description
        UNION ALL SELECT 'publisher', new.publisher)
        WHERE text IS NOT NULL AND text <> '';
END;
CREATE TRIGGER project_search_update AFTER UPDATE OF title, description, publisher ON project
BEGIN
    DELETE FROM search_index WHERE uid = old.uid;
    INSERT INTO search_index (uid, kind, field, text)
        SELECT new.uid, 'project', field, text FROM (
        SELECT 'title' AS field, new.title AS text
        UNION ALL SELECT 'description', new.description
        UNION ALL SELECT 'publisher', new.publisher)
        WHERE text IS NOT NULL AND text <> '';
END;
CREATE TRIGGER project_search_delete AFTER DELETE ON project
BEGIN
    DELETE FROM search_index WHERE uid = old.uid;
END;

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

CREATE TRIGGER asset_search_insert AFTER INSERT ON asset
BEGIN
    INSERT INTO search_index (uid, kind, field, text)
        SELECT new.uid, 'asset', field, text FROM (
        SELECT 'key' AS field, new.key AS text
        UNION ALL SELECT 'name', new.name)
        WHERE text IS NOT NULL AND text <> '';
END;
CREATE TRIGGER asset_search_update AFTER UPDATE OF key, name ON asset
BEGIN
    DELETE FROM search_index WHERE uid = old.uid;
    INSERT INTO search_index (uid, kind, field, text)
        SELECT new.uid, 'asset', field, text FROM (
        SELECT 'key' AS field, new.key AS text
        UNION ALL SELECT 'name', new.name)
        WHERE text IS NOT NULL AND text <> '';
END;
CREATE TRIGGER asset_search_delete AFTER DELETE ON asset
BEGIN
    DELETE FROM search_index WHERE uid = old.uid;
END;

CREATE TRIGGER legal_source_search_insert AFTER INSERT ON legal_source
BEGIN
    INSERT INTO search_index (uid, kind, field, text)
        SELECT new.uid, 'legal-source', field, text FROM (
        SELECT 'key' AS field, new.key AS text
        UNION ALL SELECT 'shortTitle', new.short_title
        UNION ALL SELECT 'fullTitle', new.full_title
        UNION ALL SELECT 'pinpoint', new.pinpoint
        UNION ALL SELECT 'identifier', new.identifier
        UNION ALL SELECT 'url', new.url
        UNION ALL SELECT 'summary', new.summary)
        WHERE text IS NOT NULL AND text <> '';
END;
CREATE TRIGGER legal_source_search_update AFTER UPDATE OF key, short_title, full_title, pinpoint, identifier, url, summary ON legal_source
BEGIN
    DELETE FROM search_index WHERE uid = old.uid;
    INSERT INTO search_index (uid, kind, field, text)
        SELECT new.uid, 'legal-source', field, text FROM (
        SELECT 'key' AS field, new.key AS text
        UNION ALL SELECT 'shortTitle', new.short_title
        UNION ALL SELECT 'fullTitle', new.full_title
        UNION ALL SELECT 'pinpoint', new.pinpoint
        UNION ALL SELECT 'identifier', new.identifier
        UNION ALL SELECT 'url', new.url
        UNION ALL SELECT 'summary', new.summary)
        WHERE text IS NOT NULL AND text <> '';
END;
CREATE TRIGGER legal_source_search_delete AFTER DELETE ON legal_source
BEGIN
    DELETE FROM search_index WHERE uid = old.uid;
END;

CREATE TRIGGER professional_search_insert AFTER INSERT ON professional
BEGIN
    INSERT INTO search_index (uid, kind, field, text)
        SELECT new.uid, 'professional', field, text FROM (
        SELECT 'key' AS field, new.key AS text
        UNION ALL SELECT 'title', new.title
        UNION ALL SELECT 'description', new.description)
        WHERE text IS NOT NULL AND text <> '';
END;
CREATE TRIGGER professional_search_update AFTER UPDATE OF key, title, description ON professional
BEGIN
    DELETE FROM search_index WHERE uid = old.uid;
    INSERT INTO search_index (uid, kind, field, text)
        SELECT new.uid, 'professional', field, text FROM (
        SELECT 'key' AS field, new.key AS text
        UNION ALL SELECT 'title', new.title
        UNION ALL SELECT 'description', new.description)
        WHERE text IS NOT NULL AND text <> '';
END;
CREATE TRIGGER professional_search_delete AFTER DELETE ON professional
BEGIN
    DELETE FROM search_index WHERE uid = old.uid;
END;

CREATE TRIGGER theme_search_insert AFTER INSERT ON theme
BEGIN
    INSERT INTO search_index (uid, kind, field, text)
        SELECT new.uid, 'theme', field, text FROM (
        SELECT 'key' AS field, new.key AS text
        UNION ALL SELECT 'label', new.label
        UNION ALL SELECT 'description', new.description)
        WHERE text IS NOT NULL AND text <> '';
END;
CREATE TRIGGER theme_search_update AFTER UPDATE OF key, label, description ON theme
BEGIN
    DELETE FROM search_index WHERE uid = old.uid;
    INSERT INTO search_index (uid, kind, field, text)
        SELECT new.uid, 'theme', field, text FROM (
        SELECT 'key' AS field, new.key AS text
        UNION ALL SELECT 'label', new.label
        UNION ALL SELECT 'description', new.description)
        WHERE text IS NOT NULL AND text <> '';
END;
CREATE TRIGGER theme_search_delete AFTER DELETE ON theme
BEGIN
    DELETE FROM search_index WHERE uid = old.uid;
END;

CREATE TRIGGER glossary_term_search_insert AFTER INSERT ON glossary_term
BEGIN
    INSERT INTO search_index (uid, kind, field, text)
        SELECT new.uid, 'glossary-term', field, text FROM (
        SELECT 'key' AS field, new.key AS text
        UNION ALL SELECT 'term', new.term
        UNION ALL SELECT 'definition', new.definition)
        WHERE text IS NOT NULL AND text <> '';
END;
CREATE TRIGGER glossary_term_search_update AFTER UPDATE OF key, term, definition ON glossary_term
BEGIN
    DELETE FROM search_index WHERE uid = old.uid;
    INSERT INTO search_index (uid, kind, field, text)
        SELECT new.uid, 'glossary-term', field, text FROM (
        SELECT 'key' AS field, new.key AS text
        UNION ALL SELECT 'term', new.term
        UNION ALL SELECT 'definition', new.definition)
        WHERE text IS NOT NULL AND text <> '';
END;
CREATE TRIGGER glossary_term_search_delete AFTER DELETE ON glossary_term
BEGIN
    DELETE FROM search_index WHERE uid = old.uid;
END;

CREATE TRIGGER scenario_search_insert AFTER INSERT ON scenario
BEGIN
    INSERT INTO search_index (uid, kind, field, text)
        SELECT new.uid, 'scenario', field, text FROM (
        SELECT 'key' AS field, new.key AS text
        UNION ALL SELECT 'title', new.title
        UNION ALL SELECT 'summary', new.summary
        UNION ALL SELECT 'calamityBasis', new.calamity_basis)
        WHERE text IS NOT NULL AND text <> '';
END;
CREATE TRIGGER scenario_search_update AFTER UPDATE OF key, title, summary, calamity_basis ON scenario
BEGIN
    DELETE FROM search_index WHERE uid = old.uid;
    INSERT INTO search_index (uid, kind, field, text)
        SELECT new.uid, 'scenario', field, text FROM (
        SELECT 'key' AS field, new.key AS text
        UNION ALL SELECT 'title', new.title
        UNION ALL SELECT 'summary', new.summary
        UNION ALL SELECT 'calamityBasis', new.calamity_basis)
        WHERE text IS NOT NULL AND text <> '';
END;
CREATE TRIGGER scenario_search_delete AFTER DELETE ON scenario
BEGIN
    DELETE FROM search_index WHERE uid = old.uid;
END;

CREATE TRIGGER person_search_insert AFTER INSERT ON person
BEGIN
    INSERT INTO search_index (uid, kind, field, text)
        SELECT new.uid, 'person', field, text FROM (
        SELECT 'name' AS field, new.name AS text
        UNION ALL SELECT 'role', new.role
        UNION ALL SELECT 'description', new.description)
        WHERE text IS NOT NULL AND text <> '';
END;
CREATE TRIGGER person_search_update AFTER UPDATE OF name, role, description ON person
BEGIN
    DELETE FROM search_index WHERE uid = old.uid;
    INSERT INTO search_index (uid, kind, field, text)
        SELECT new.uid, 'person', field, text FROM (
        SELECT 'name' AS field, new.name AS text
        UNION ALL SELECT 'role', new.role
        UNION ALL SELECT 'description', new.description)
        WHERE text IS NOT NULL AND text <> '';
END;
CREATE TRIGGER person_search_delete AFTER DELETE ON person
BEGIN
    DELETE FROM search_index WHERE uid = old.uid;
END;

CREATE TRIGGER segment_search_insert AFTER INSERT ON segment
BEGIN
    INSERT INTO search_index (uid, kind, field, text)
        SELECT new.uid, 'segment', field, text FROM (
        SELECT 'key' AS field, new.key AS text
        UNION ALL SELECT 'title', new.title
        UNION ALL SELECT 'periodLabel', new.period_label
        UNION ALL SELECT 'narrative', new.narrative)
        WHERE text IS NOT NULL AND text <> '';
END;
CREATE TRIGGER segment_search_update AFTER UPDATE OF key, title, period_label, narrative ON segment
BEGIN
    DELETE FROM search_index WHERE uid = old.uid;
    INSERT INTO search_index (uid, kind, field, text)
        SELECT new.uid, 'segment', field, text FROM (
        SELECT 'key' AS field, new.key AS text
        UNION ALL SELECT 'title', new.title
        UNION ALL SELECT 'periodLabel', new.period_label
        UNION ALL SELECT 'narrative', new.narrative)
        WHERE text IS NOT NULL AND text <> '';
END;
CREATE TRIGGER segment_search_delete AFTER DELETE ON segment
BEGIN
    DELETE FROM search_index WHERE uid = old.uid;
END;

CREATE TRIGGER dilemma_search_insert AFTER INSERT ON dilemma
BEGIN
    INSERT INTO search_index (uid, kind, field, text)
        SELECT new.uid, 'dilemma', field, text FROM (
        SELECT 'key' AS field, new.key AS text
        UNION ALL SELECT 'question', new.question
        UNION ALL SELECT 'situation', new.situation
        UNION ALL SELECT 'considerations', new.considerations
        UNION ALL SELECT 'solutionDirection', new.solution_direction)
        WHERE text IS NOT NULL AND text <> '';
END;
CREATE TRIGGER dilemma_search_update AFTER UPDATE OF key, question, situation, considerations, solution_direction ON dilemma
BEGIN
    DELETE FROM search_index WHERE uid = old.uid;
    INSERT INTO search_index (uid, kind, field, text)
        SELECT new.uid, 'dilemma', field, text FROM (
        SELECT 'key' AS field, new.key AS text
        UNION ALL SELECT 'question', new.question
        UNION ALL SELECT 'situation', new.situation
        UNION ALL SELECT 'considerations', new.considerations
        UNION ALL SELECT 'solutionDirection', new.solution_direction)
        WHERE text IS NOT NULL AND text <> '';
END;
CREATE TRIGGER dilemma_search_delete AFTER DELETE ON dilemma
BEGIN
    DELETE FROM search_index WHERE uid = old.uid;
END;

CREATE TRIGGER dilemma_option_search_insert AFTER INSERT ON dilemma_option
BEGIN
    INSERT INTO search_index (uid, kind, field, text)
        SELECT new.uid, 'option', field, text FROM (
        SELECT 'label' AS field, new.label AS text
        UNION ALL SELECT 'feedback', new.feedback)
        WHERE text IS NOT NULL AND text <> '';
END;
CREATE TRIGGER dilemma_option_search_update AFTER UPDATE OF label, feedback ON dilemma_option
BEGIN
    DELETE FROM search_index WHERE uid = old.uid;
    INSERT INTO search_index (uid, kind, field, text)
        SELECT new.uid, 'option', field, text FROM (
        SELECT 'label' AS field, new.label AS text
        UNION ALL SELECT 'feedback', new.feedback)
        WHERE text IS NOT NULL AND text <> '';
END;
CREATE TRIGGER dilemma_option_search_delete AFTER DELETE ON dilemma_option
BEGIN
    DELETE FROM search_index WHERE uid = old.uid;
END;

CREATE TRIGGER legal_reference_search_insert AFTER INSERT ON legal_reference
BEGIN
    INSERT INTO search_index (uid, kind, field, text)
        SELECT new.uid, 'legal-reference', field, text FROM (
        SELECT 'pinpoint' AS field, new.pinpoint AS text
        UNION ALL SELECT 'note', new.note)
        WHERE text IS NOT NULL AND text <> '';
END;
CREATE TRIGGER legal_reference_search_update AFTER UPDATE OF pinpoint, note ON legal_reference
BEGIN
    DELETE FROM search_index WHERE uid = old.uid;
    INSERT INTO search_index (uid, kind, field, text)
        SELECT new.uid, 'legal-reference', field, text FROM (
        SELECT 'pinpoint' AS field, new.pinpoint AS text
        UNION ALL SELECT 'note', new.note)
        WHERE text IS NOT NULL AND text <> '';
END;
CREATE TRIGGER legal_reference_search_delete AFTER DELETE ON legal_reference
BEGIN
    DELETE FROM search_index WHERE uid = old.uid;
END;

-- Index what the file already holds.
INSERT INTO search_index (uid, kind, field, text)
    SELECT uid, 'project', 'title', title FROM project WHERE title IS NOT NULL AND title <> ''
    UNION ALL SELECT uid, 'project', 'description', description FROM project WHERE description IS NOT NULL AND description <> ''
    UNION ALL SELECT uid, 'project', 'publisher', publisher FROM project WHERE publisher IS NOT NULL AND publisher <> '';
INSERT INTO search_index (uid, kind, field, text)
    SELECT uid, 'life-domain', 'key', key FROM life_domain WHERE key IS NOT NULL AND key <> ''
    UNION ALL SELECT uid, 'life-domain', 'label', label FROM life_domain WHERE label IS NOT NULL AND label <> '';
INSERT INTO search_index (uid, kind, field, text)
    SELECT uid, 'asset', 'key', key FROM asset WHERE key IS NOT NULL AND key <> ''
    UNION ALL SELECT uid, 'asset', 'name', name FROM asset WHERE name IS NOT NULL AND name <> '';
INSERT INTO search_index (uid, kind, field, text)
    SELECT uid, 'legal-source', 'key', key FROM legal_source WHERE key IS NOT NULL AND key <> ''
    UNION ALL SELECT uid, 'legal-source', 'shortTitle', short_title FROM legal_source WHERE short_title IS NOT NULL AND short_title <> ''
    UNION ALL SELECT uid, 'legal-source', 'fullTitle', full_title FROM legal_source WHERE full_title IS NOT NULL AND full_title <> ''
    UNION ALL SELECT uid, 'legal-source', 'pinpoint', pinpoint FROM legal_source WHERE pinpoint IS NOT NULL AND pinpoint <> ''
    UNION ALL SELECT uid, 'legal-source', 'identifier', identifier FROM legal_source WHERE identifier IS NOT NULL AND identifier <> ''
    UNION ALL SELECT uid, 'legal-source', 'url', url FROM legal_source WHERE url IS NOT NULL AND url <> ''
    UNION ALL SELECT uid, 'legal-source', 'summary', summary FROM legal_source WHERE summary IS NOT NULL AND summary <> '';
INSERT INTO search_index (uid, kind, field, text)
    SELECT uid, 'professional', 'key', key FROM professional WHERE key IS NOT NULL AND key <> ''
    UNION ALL SELECT uid, 'professional', 'title', title FROM professional WHERE title IS NOT NULL AND title <> ''
    UNION ALL SELECT uid, 'professional', 'description', description FROM professional WHERE description IS NOT NULL AND description <> '';
INSERT INTO search_index (uid, kind, field, text)
    SELECT uid, 'theme', 'key', key FROM theme WHERE key IS NOT NULL AND key <> ''
    UNION ALL SELECT uid, 'theme', 'label', label FROM theme WHERE label IS NOT NULL AND label <> ''
    UNION ALL SELECT uid, 'theme', 'description', description FROM theme WHERE description IS NOT NULL AND description <> '';
INSERT INTO search_index (uid, kind, field, text)
    SELECT uid, 'glossary-term', 'key', key FROM glossary_term WHERE key IS NOT NULL AND key <> ''
    UNION ALL SELECT uid, 'glossary-term', 'term', term FROM glossary_term WHERE term IS NOT NULL AND term <> ''
    UNION ALL SELECT uid, 'glossary-term', 'definition', definition FROM glossary_term WHERE definition IS NOT NULL AND definition <> '';
INSERT INTO search_index (uid, kind, field, text)
    SELECT uid, 'scenario', 'key', key FROM scenario WHERE key IS NOT NULL AND key <> ''
    UNION ALL SELECT uid, 'scenario', 'title', title FROM scenario WHERE title IS NOT NULL AND title <> ''
    UNION ALL SELECT uid, 'scenario', 'summary', summary FROM scenario WHERE summary IS NOT NULL AND summary <> ''
    UNION ALL SELECT uid, 'scenario', 'calamityBasis', calamity_basis FROM scenario WHERE calamity_basis IS NOT NULL AND calamity_basis <> '';
INSERT INTO search_index (uid, kind, field, text)
    SELECT uid, 'person', 'name', name FROM person WHERE name IS NOT NULL AND name <> ''
    UNION ALL SELECT uid, 'person', 'role', role FROM person WHERE role IS NOT NULL AND role <> ''
    UNION ALL SELECT uid, 'person', 'description', description FROM person WHERE description IS NOT NULL AND description <> '';
INSERT INTO search_index (uid, kind, field, text)
    SELECT uid, 'segment', 'key', key FROM segment WHERE key IS NOT NULL AND key <> ''
    UNION ALL SELECT uid, 'segment', 'title', title FROM segment WHERE title IS NOT NULL AND title <> ''
    UNION ALL SELECT uid, 'segment', 'periodLabel', period_label FROM segment WHERE period_label IS NOT NULL AND period_label <> ''
    UNION ALL SELECT uid, 'segment', 'narrative', narrative FROM segment WHERE narrative IS NOT NULL AND narrative <> '';
INSERT INTO search_index (uid, kind, field, text)
    SELECT uid, 'dilemma', 'key', key FROM dilemma WHERE key IS NOT NULL AND key <> ''
    UNION ALL SELECT uid, 'dilemma', 'question', question FROM dilemma WHERE question IS NOT NULL AND question <> ''
    UNION ALL SELECT uid, 'dilemma', 'situation', situation FROM dilemma WHERE situation IS NOT NULL AND situation <> ''
    UNION ALL SELECT uid, 'dilemma', 'considerations', considerations FROM dilemma WHERE considerations IS NOT NULL AND considerations <> ''
    UNION ALL SELECT uid, 'dilemma', 'solutionDirection', solution_direction FROM dilemma WHERE solution_direction IS NOT NULL AND solution_direction <> '';
INSERT INTO search_index (uid, kind, field, text)
    SELECT uid, 'option', 'label', label FROM dilemma_option WHERE label IS NOT NULL AND label <> ''
    UNION ALL SELECT uid, 'option', 'feedback', feedback FROM dilemma_option WHERE feedback IS NOT NULL AND feedback <> '';
INSERT INTO search_index (uid, kind, field, text)
    SELECT uid, 'legal-reference', 'pinpoint', pinpoint FROM legal_reference WHERE pinpoint IS NOT NULL AND pinpoint <> ''
    UNION ALL SELECT uid, 'legal-reference', 'note', note FROM legal_reference WHERE note IS NOT NULL AND note <> '';
