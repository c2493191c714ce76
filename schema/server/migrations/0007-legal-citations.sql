-- Server schema version 6 -> 7 (schema/server/project.sql makes the same at version 7 whole).
-- Legal citations to the provision and its version. Run by `kdtool server init` in one
-- transaction.
-- A legal source records the version of the text that was checked and where the provision
-- sits in its statute (Juriconnect's parts); a legal reference names the lid and onderdeel it
-- cites. All empty in existing projects: their free-text pinpoints stay as they were, and
-- approvals still hold (the new fields are in the canonical form only when filled in).
ALTER TABLE legal_source ADD COLUMN version_date TEXT
    CHECK (version_date IS NULL OR kd_is_date(version_date));
ALTER TABLE legal_source ADD COLUMN boek TEXT;
ALTER TABLE legal_source ADD COLUMN titeldeel TEXT;
ALTER TABLE legal_source ADD COLUMN hoofdstuk TEXT;
ALTER TABLE legal_source ADD COLUMN afdeling TEXT;
ALTER TABLE legal_source ADD COLUMN paragraaf TEXT;
ALTER TABLE legal_source ADD COLUMN artikel TEXT;
ALTER TABLE legal_reference ADD COLUMN lid TEXT;
ALTER TABLE legal_reference ADD COLUMN onderdeel TEXT;
