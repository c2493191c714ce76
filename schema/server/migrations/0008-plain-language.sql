-- Server schema version 7 -> 8 (schema/server/project.sql makes the same at version 8 whole).
-- The words of plain language. Run by `kdtool server init` in one transaction.
-- The project's own dictionary (one word a line), its jargon list (one "term = plain
-- alternative" a line) and its readability limits (empty: the documented defaults). Empty in
-- existing projects: a new project starts with a short jargon list (docs/rules.md, "jargon").
ALTER TABLE project ADD COLUMN dictionary TEXT;
ALTER TABLE project ADD COLUMN jargon TEXT;
ALTER TABLE project ADD COLUMN minimum_reading_ease INTEGER;
ALTER TABLE project ADD COLUMN maximum_average_sentence INTEGER;
ALTER TABLE project ADD COLUMN maximum_sentence INTEGER;
